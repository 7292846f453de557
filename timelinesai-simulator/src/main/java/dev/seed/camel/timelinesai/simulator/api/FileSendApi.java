package dev.seed.camel.timelinesai.simulator.api;

import java.util.Locale;
import java.util.Set;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.files.FileKind;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.FormUpload;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Outbox;
import dev.seed.camel.timelinesai.simulator.messaging.SendContent;
import dev.seed.camel.timelinesai.simulator.messaging.SendPlan;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The multipart send endpoints: {@code POST /chats/{chat_id}/file_message} (a document with an optional
 * caption, within the document cap) and {@code POST /chats/{chat_id}/voice_message} (ogg, oga or mp3, within
 * the audio cap); see {@link FileKind}.
 * The upload is stored as a workspace file and sent like any other attachment.
 */
public final class FileSendApi implements RouteGroup {
    private static final Set<String> VOICE_EXTENSIONS = Set.of("ogg", "oga", "mp3");
    private static final Set<String> VOICE_TYPES = Set.of("audio/ogg", "audio/mpeg", "audio/mp3", "audio/oga");
    private final Outbox outbox;

    public FileSendApi(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        SendRequests requests = new SendRequests(context.state());
        router.post("/chats/:chat_id/file_message").handler(ctx -> fileMessage(ctx, context, requests));
        router.post("/chats/:chat_id/voice_message").handler(ctx -> voiceMessage(ctx, context, requests));
    }

    private void fileMessage(RoutingContext ctx, SimulatorContext context, SendRequests requests) {
        Chat chat = Lookups.chat(ctx, context.state());
        FormUpload upload = FormUpload.required(ctx, "file");
        String filename = FormUpload.attribute(ctx, "filename", 1024);
        String contentType = FormUpload.attribute(ctx, "content_type", 140);
        String caption = FormUpload.attribute(ctx, "caption", SendRequests.TEXT_MAX);
        requireSize(upload, FileKind.DOCUMENT);
        WhatsAppAccount account = requests.senderOf(chat);
        StoredFile file = store(context.state(), account, upload,
                filename != null ? filename : upload.filename(),
                contentType != null ? contentType : upload.contentType());
        send(ctx, account, chat, new SendContent(caption, file, null, null, null), "POST /chats/{chat_id}/file_message");
    }

    private void voiceMessage(RoutingContext ctx, SimulatorContext context, SendRequests requests) {
        Chat chat = Lookups.chat(ctx, context.state());
        FormUpload upload = FormUpload.required(ctx, "file");
        if (!isVoice(upload)) {
            throw ApiException.validation("file", "A voice message must be an ogg, oga or mp3 audio file.");
        }
        requireSize(upload, FileKind.AUDIO);
        WhatsAppAccount account = requests.senderOf(chat);
        StoredFile file = store(context.state(), account, upload, upload.filename(), upload.contentType());
        send(ctx, account, chat, new SendContent(null, file, null, null, null), "POST /chats/{chat_id}/voice_message");
    }

    private void send(RoutingContext ctx, WhatsAppAccount account, Chat chat, SendContent content, String endpoint) {
        Message message = outbox.accept(SendPlan.intoChat(account, chat, content, endpoint));
        ApiResponses.ok(ctx, Json.object().put("message_uid", message.uid()));
    }

    private static StoredFile store(SimulatorState state, WhatsAppAccount account, FormUpload upload, String filename,
                                    String contentType) {
        StoredFile file = new StoredFile(SimulatorState.newUid(), filename == null || filename.isEmpty() ? "file" : filename,
                contentType == null || contentType.isEmpty() ? "application/octet-stream" : contentType,
                upload.bytes(), TokenOwner.find(state).map(Teammate::email).orElse(account.ownerEmail()), state.now());
        state.addFile(file);
        return file;
    }

    private static void requireSize(FormUpload upload, FileKind kind) {
        if (!kind.allows(upload.size())) {
            throw new ApiException(413, null, "File is too large: " + kind.limitText());
        }
    }

    private static boolean isVoice(FormUpload upload) {
        String name = upload.filename() == null ? "" : upload.filename().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        String type = upload.contentType() == null ? "" : upload.contentType().toLowerCase(Locale.ROOT);
        return VOICE_EXTENSIONS.contains(extension) || VOICE_TYPES.contains(type);
    }
}
