package dev.seed.camel.timelinesai.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;

/**
 * Labels of a chat. Beware the API's verbs: {@code PUT} adds, {@code POST} replaces the whole set. There is no
 * remove endpoint: {@link #remove} reads the labels and writes back the rest, which can race with other writers.
 */
public final class LabelsApi {
    private final PublicApi api;

    LabelsApi(PublicApi api) {
        this.api = api;
    }

    public List<String> list(long chatId) {
        return labels(api.data(ApiRequest.get(path(chatId))));
    }

    /** {@code PUT}: adds the labels, keeping the others; returns the chat's labels. */
    public List<String> add(long chatId, Collection<String> labels) {
        return labels(api.data(ApiRequest.put(path(chatId)).entity(PublicApi.json(Map.of("labels", labels)))));
    }

    /** {@code POST}: the chat gets exactly these labels; returns them. */
    public List<String> replace(long chatId, Collection<String> labels) {
        return labels(api.data(ApiRequest.post(path(chatId)).retryable().entity(PublicApi.json(Map.of("labels", labels)))));
    }

    /** Read-modify-write: {@code GET} then {@code POST} of the labels without the given ones. */
    public List<String> remove(long chatId, Collection<String> labels) {
        List<String> current = list(chatId);
        List<String> kept = new ArrayList<>(current);
        kept.removeAll(labels);
        if (kept.size() == current.size()) {
            return current;
        }
        return replace(chatId, kept);
    }

    private static String path(long chatId) {
        return "/chats/" + chatId + "/labels";
    }

    /** Plain strings per the spec; {@code {name}} objects (seen in one vendor guide) are read too. */
    static List<String> labels(JsonNode data) {
        List<String> result = new ArrayList<>();
        for (JsonNode label : data.path("labels")) {
            result.add(label.isObject() ? label.path("name").asText() : label.asText());
        }
        return result;
    }
}
