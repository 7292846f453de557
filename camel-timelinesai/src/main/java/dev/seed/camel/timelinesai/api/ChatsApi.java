package dev.seed.camel.timelinesai.api;

import java.util.Map;

import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.ChatPage;
import dev.seed.camel.timelinesai.model.ChatUpdate;
import dev.seed.camel.timelinesai.model.MessagePage;
import dev.seed.camel.timelinesai.model.Note;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;

/** Chats: list, details, update, history and notes ({@code /chats}, {@code /v2/chats}). */
public final class ChatsApi {
    private final PublicApi api;

    ChatsApi(PublicApi api) {
        this.api = api;
    }

    /** One page of {@code GET /chats} (or {@code /v2/chats}) with the given query filters (spec names). */
    public ChatPage list(Map<String, Object> filters, int page, boolean v2) {
        ApiRequest request = ApiRequest.get(v2 ? "/v2/chats" : "/chats");
        filters.forEach(request::query);
        request.query("page", page);
        return api.data(request, ChatPage.class);
    }

    public ChatInfo get(long chatId) {
        return api.data(ApiRequest.get("/chats/" + chatId), ChatInfo.class);
    }

    public ChatInfo update(long chatId, ChatUpdate update) {
        return api.data(ApiRequest.patch("/chats/" + chatId).entity(PublicApi.json(update)), ChatInfo.class);
    }

    /**
     * One page of {@code GET /chats/{id}/messages} (or {@code /v2/...}). The spec gives this endpoint no
     * {@code page} parameter: later pages are read with the {@code before_message}/{@code after_message} cursors.
     */
    public MessagePage messages(long chatId, Map<String, Object> filters, boolean v2) {
        ApiRequest request = ApiRequest.get((v2 ? "/v2" : "") + "/chats/" + chatId + "/messages");
        filters.forEach(request::query);
        return api.data(request, MessagePage.class);
    }

    /** {@code POST /chats/{id}/notes}; returns the note's message uid, or {@code null} when the answer has no data. */
    public String addNote(long chatId, Note note) {
        return api.optionalMessageUid(ApiRequest.post("/chats/" + chatId + "/notes").entity(PublicApi.json(note)));
    }
}
