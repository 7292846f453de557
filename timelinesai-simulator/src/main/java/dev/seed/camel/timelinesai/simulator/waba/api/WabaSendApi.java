package dev.seed.camel.timelinesai.simulator.waba.api;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.api.TokenOwner;
import dev.seed.camel.timelinesai.simulator.files.FileKind;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.ApiResponses;
import dev.seed.camel.timelinesai.simulator.http.FormUpload;
import dev.seed.camel.timelinesai.simulator.http.RouteGroup;
import dev.seed.camel.timelinesai.simulator.messaging.Phones;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.waba.WabaAccount;
import dev.seed.camel.timelinesai.simulator.waba.WabaChat;
import dev.seed.camel.timelinesai.simulator.waba.WabaMessage;
import dev.seed.camel.timelinesai.simulator.waba.WabaOutbox;
import dev.seed.camel.timelinesai.simulator.waba.WabaSend;
import dev.seed.camel.timelinesai.simulator.waba.WabaTemplate;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /waba/messages} (to a phone: {@code waba_account_id} and {@code phone} required) and
 * {@code POST /waba/chats/{chat_id}/messages}, JSON or multipart. Checks run in this order: the body (400),
 * the account and file (404), the account is active (409 {@code account_inactive}), the template rules
 * ({@link WabaTemplateRules}) or, for text and files, the open service window (409
 * {@code service_window_closed}), then the credits (403 {@code quota_exceeded}). Answers the stored
 * {@code MessageInfo} ({@code Pending}); the outbox sends it later.
 */
public final class WabaSendApi implements RouteGroup {
    private final WabaOutbox outbox;

    public WabaSendApi(WabaOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void register(Router router, SimulatorContext context) {
        WabaJson json = new WabaJson(context);
        router.post("/waba/messages").handler(ctx -> toPhone(ctx, context, json));
        router.post("/waba/chats/:chat_id/messages").handler(ctx -> intoChat(ctx, context, json));
    }

    private void intoChat(RoutingContext ctx, SimulatorContext context, WabaJson json) {
        SimulatorState state = context.state();
        WabaChat chat = WabaLookups.chat(ctx, state.waba());
        WabaSendRequest request = WabaSendRequest.read(ctx);
        WabaAccount account = WabaLookups.account(state.waba(), chat.wabaAccountId());
        send(ctx, context, json, request, account, chat, null, "POST /waba/chats/{chat_id}/messages");
    }

    private void toPhone(RoutingContext ctx, SimulatorContext context, WabaJson json) {
        SimulatorState state = context.state();
        WabaSendRequest request = WabaSendRequest.read(ctx);
        if (request.wabaAccountId() == null) {
            throw ApiException.validation("waba_account_id", "Missing data for required field.");
        }
        if (request.phone() == null) {
            throw ApiException.validation("phone", "Missing data for required field.");
        }
        WabaAccount account = WabaLookups.account(state.waba(), request.wabaAccountId());
        String phone = Phones.sendable(request.phone())
                .orElseThrow(() -> ApiException.badRequest("Wrong phone number \"" + request.phone() + "\""));
        WabaChat chat = state.waba().chatWith(account.id(), phone).orElse(null);
        send(ctx, context, json, request, account, chat, phone, "POST /waba/messages");
    }

    private void send(RoutingContext ctx, SimulatorContext context, WabaJson json, WabaSendRequest request,
                      WabaAccount account, WabaChat chat, String newPhone, String endpoint) {
        SimulatorState state = context.state();
        StoredFile file = null;
        if (request.fileUid() != null) {
            file = state.file(request.fileUid()).orElseThrow(() ->
                    ApiException.notFound("File uid \"" + request.fileUid() + "\" not found"));
        }
        if (request.upload() != null) {
            requireSize(request.upload());
        }
        WabaLookups.requireActive(account);
        WabaTemplate template = null;
        String text = request.text();
        if (request.template() != null) {
            template = WabaTemplateRules.resolve(state.waba(), account, request.template());
            text = template.renderBody(request.template().body());
        } else if (chat == null || !chat.isWindowOpen(state.now())) {
            throw new ApiException(409, "service_window_closed", "The 24-hour customer service window of "
                    + (chat == null ? "\"" + newPhone + "\"" : "chat \"" + chat.id() + "\"")
                    + " is closed; only a template message can be sent");
        }
        if (request.upload() != null) {
            file = store(state, account, request.upload(), request.uploadFilename());
        }
        WabaMessage message = outbox.accept(new WabaSend(account, chat, chat == null ? newPhone : null, text, file,
                template, endpoint));
        ApiResponses.ok(ctx, json.message(message));
    }

    private static void requireSize(FormUpload upload) {
        FileKind kind = FileKind.of(upload.contentType());
        if (!kind.allows(upload.size())) {
            throw new ApiException(413, null, "File is too large: " + kind.limitText());
        }
    }

    private static StoredFile store(SimulatorState state, WabaAccount account, FormUpload upload, String filename) {
        String name = filename != null ? filename : upload.filename();
        StoredFile file = new StoredFile(SimulatorState.newUid(), name == null || name.isEmpty() ? "file" : name,
                upload.contentType() == null || upload.contentType().isEmpty() ? "application/octet-stream"
                        : upload.contentType(),
                upload.bytes(), TokenOwner.find(state).map(Teammate::email).orElse(account.ownerEmail()), state.now());
        state.addFile(file);
        return file;
    }
}
