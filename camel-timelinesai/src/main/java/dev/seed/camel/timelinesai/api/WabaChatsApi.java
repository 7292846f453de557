package dev.seed.camel.timelinesai.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.model.waba.WabaChat;
import dev.seed.camel.timelinesai.model.waba.WabaChatPage;
import dev.seed.camel.timelinesai.model.waba.WabaChatUpdate;
import dev.seed.camel.timelinesai.model.waba.WabaMessagePage;

/**
 * WhatsApp Business Platform chats and their labels: {@code /waba/chats}. Labels follow the QR verbs: {@code PUT}
 * adds, {@code POST} replaces the whole set.
 */
public final class WabaChatsApi {
    private final PublicApi api;

    WabaChatsApi(PublicApi api) {
        this.api = api;
    }

    /** One page of {@code GET /waba/chats} with the given query filters (spec names). */
    public WabaChatPage list(Map<String, Object> filters, int page) {
        ApiRequest request = ApiRequest.get("/waba/chats");
        filters.forEach(request::query);
        request.query("page", page);
        return api.data(request, WabaChatPage.class);
    }

    public WabaChat get(long chatId) {
        return api.data(ApiRequest.get(path(chatId)), WabaChat.class);
    }

    /** {@code PATCH /waba/chats/{id}}: only the non-null fields are sent; returns the chat after the change. */
    public WabaChat update(long chatId, WabaChatUpdate update) {
        return api.data(ApiRequest.patch(path(chatId)).entity(PublicApi.json(update)), WabaChat.class);
    }

    /** One page of {@code GET /waba/chats/{id}/messages} with the given query filters (spec names). */
    public WabaMessagePage messages(long chatId, Map<String, Object> filters, int page) {
        ApiRequest request = ApiRequest.get(path(chatId) + "/messages");
        filters.forEach(request::query);
        request.query("page", page);
        return api.data(request, WabaMessagePage.class);
    }

    public List<String> labels(long chatId) {
        return LabelsApi.labels(api.data(ApiRequest.get(labelsPath(chatId))));
    }

    /** {@code PUT}: adds the labels, keeping the others; returns the chat's labels. */
    public List<String> addLabels(long chatId, Collection<String> labels) {
        return LabelsApi.labels(api.data(ApiRequest.put(labelsPath(chatId))
                .entity(PublicApi.json(Map.of("labels", labels)))));
    }

    /** {@code POST}: the chat gets exactly these labels; returns them. */
    public List<String> replaceLabels(long chatId, Collection<String> labels) {
        return LabelsApi.labels(api.data(ApiRequest.post(labelsPath(chatId)).retryable()
                .entity(PublicApi.json(Map.of("labels", labels)))));
    }

    private static String path(long chatId) {
        return "/waba/chats/" + chatId;
    }

    private static String labelsPath(long chatId) {
        return path(chatId) + "/labels";
    }
}
