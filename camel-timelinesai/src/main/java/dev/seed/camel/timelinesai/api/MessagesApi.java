package dev.seed.camel.timelinesai.api;

import java.util.Map;

import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sending and reading messages: {@code /messages*}, {@code /chats/{id}/messages|file_message|voice_message}. A send
 * builds its request and hands it straight to the guarded transport; {@link PublicApi} maps the answer.
 */
public final class MessagesApi extends MessageResources<MessageInfo> {
    private static final Logger LOG = LoggerFactory.getLogger(MessagesApi.class);
    private final PublicApi api;

    MessagesApi(PublicApi api) {
        super(api, "/messages", MessageInfo.class);
        this.api = api;
    }

    /** {@code POST /chats/{id}/messages} (or {@code /v2/...}); body fields as in the spec. Returns the message uid. */
    public String sendToChat(long chatId, Map<String, Object> body, boolean v2) {
        ApiRequest request = ApiRequest.post((v2 ? "/v2" : "") + "/chats/" + chatId + "/messages")
                .entity(PublicApi.json(body));
        return PublicApi.messageUid(request, api.transport().execute(request));
    }

    /** {@code POST /messages} (or {@code /v2/messages}); the body holds {@code phone}. */
    public String sendToPhone(Map<String, Object> body, boolean v2) {
        ApiRequest request = ApiRequest.post(v2 ? "/v2/messages" : "/messages").entity(PublicApi.json(body));
        return PublicApi.messageUid(request, api.transport().execute(request));
    }

    /** {@code POST /messages/to_jid}; the body holds {@code jid}. */
    public String sendToJid(Map<String, Object> body) {
        ApiRequest request = ApiRequest.post("/messages/to_jid").entity(PublicApi.json(body));
        return PublicApi.messageUid(request, api.transport().execute(request));
    }

    /** {@code POST /messages/to_chat_name}: deprecated by TimelinesAI and out of the current spec. */
    public String sendToChatName(Map<String, Object> body) {
        LOG.warn("Sending by chat name uses the deprecated POST /messages/to_chat_name, which TimelinesAI will remove; "
                + "send by chatId, phone or jid instead");
        ApiRequest request = ApiRequest.post("/messages/to_chat_name").entity(PublicApi.json(body));
        return PublicApi.messageUid(request, api.transport().execute(request));
    }

    /** {@code POST /chats/{id}/file_message}: the file as a WhatsApp document with an optional caption. */
    public String sendFileToChat(long chatId, Attachment file, String caption) {
        ApiRequest request = ApiRequest.post("/chats/" + chatId + "/file_message")
                .entity(file.toMultipart("filename", file.effectiveFileName(), "content_type", file.contentType(),
                        "caption", caption));
        return PublicApi.messageUid(request, api.transport().execute(request));
    }

    /** {@code POST /chats/{id}/voice_message}: an ogg/oga/mp3 file as a voice note. */
    public String sendVoice(long chatId, Attachment audio) {
        ApiRequest request = ApiRequest.post("/chats/" + chatId + "/voice_message").entity(audio.toMultipart());
        return PublicApi.messageUid(request, api.transport().execute(request));
    }

    /** {@code PATCH /messages/{uid}/reactions}; an empty reaction clears the own one. Returns the message uid (the one asked for when the answer has no {@code data}). */
    public String react(String uid, String reaction) {
        return setReaction(uid, reaction);
    }
}
