package dev.seed.camel.timelinesai.api;

import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.model.waba.WabaChat;
import dev.seed.camel.timelinesai.model.waba.WabaMessage;
import dev.seed.camel.timelinesai.model.waba.WabaOutgoingMessage;
import dev.seed.camel.timelinesai.model.waba.WabaReaction;

/** WhatsApp Business Platform messages: {@code /waba/messages}, {@code /waba/chats/{id}/messages} (send) and a message's status history and reactions. */
public final class WabaMessagesApi extends MessageResources<WabaMessage> {
    private final PublicApi api;

    WabaMessagesApi(PublicApi api) {
        super(api, "/waba/messages", WabaMessage.class);
        this.api = api;
    }

    /**
     * {@code POST /waba/chats/{id}/messages} when {@code chatId} is given, else {@code POST /waba/messages} (the
     * message then names its account and phone). Returns the stored message (status {@code Pending}).
     */
    public WabaMessage send(Long chatId, WabaOutgoingMessage message) {
        String path = chatId == null ? "/waba/messages" : "/waba/chats/" + chatId + "/messages";
        if (chatId == null && !message.isToPhone()) {
            throw new IllegalArgumentException("POST /waba/messages needs waba_account_id and phone");
        }
        return api.data(ApiRequest.post(path).entity(PublicApi.json(message)), WabaMessage.class);
    }

    /**
     * The multipart form of the same two sends: the file as {@code file} with an optional caption; into the chat
     * {@code chatId}, else from {@code wabaAccountId} to {@code phone}.
     */
    public WabaMessage sendFile(Long chatId, Long wabaAccountId, String phone, Attachment file, String caption) {
        ApiRequest request;
        if (chatId != null) {
            request = ApiRequest.post("/waba/chats/" + chatId + "/messages")
                    .entity(file.toMultipart("text", caption, "filename", file.effectiveFileName()));
        } else {
            if (wabaAccountId == null || phone == null) {
                throw new IllegalArgumentException("POST /waba/messages needs waba_account_id and phone");
            }
            request = ApiRequest.post("/waba/messages").entity(file.toMultipart("text", caption, "filename",
                    file.effectiveFileName(), "waba_account_id", wabaAccountId.toString(), "phone", phone));
        }
        return api.data(request, WabaMessage.class);
    }

    /** {@code PATCH /waba/messages/{uid}/reactions}; an empty reaction clears the account's own one. Returns the message uid. */
    public String react(String uid, WabaReaction reaction) {
        return setReaction(uid, reaction.reaction());
    }

    /** The WABA account a chat sends from ({@code GET /waba/chats/{id}}), for the template check of a send into it. */
    public long chatAccountId(long chatId) {
        WabaChat chat = api.data(ApiRequest.get("/waba/chats/" + chatId), WabaChat.class);
        if (chat.wabaAccountId() == null) {
            throw new IllegalStateException("TimelinesAI answered WABA chat " + chatId + " without its waba_account_id");
        }
        return chat.wabaAccountId();
    }
}
