package dev.seed.camel.timelinesai.api;

import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.model.MessageStatus;
import dev.seed.camel.timelinesai.model.Reactions;

/**
 * One stored message's resources below a path prefix ({@code /messages} or {@code /waba/messages}): the message,
 * its status history, its reactions and the own reaction; the two message APIs differ only in the prefix.
 */
record MessageResources(PublicApi api, String prefix) {

    /** {@code GET <prefix>/{uid}}. */
    <T> T get(String uid, Class<T> type) {
        return api.data(ApiRequest.get(path(uid)), type);
    }

    /** {@code GET <prefix>/{uid}/status_history}. */
    List<MessageStatus> statusHistory(String uid) {
        return api.data(ApiRequest.get(path(uid) + "/status_history"), JsonSupport.listOf(MessageStatus.class));
    }

    /** {@code GET <prefix>/{uid}/reactions}. */
    Reactions reactions(String uid) {
        return api.data(ApiRequest.get(path(uid) + "/reactions"), Reactions.class);
    }

    /**
     * {@code PATCH <prefix>/{uid}/reactions}; an empty reaction clears the own one. Returns the message uid (the one
     * asked for when the answer has no {@code data}).
     */
    String react(String uid, String reaction) {
        String answered = api.optionalMessageUid(ApiRequest.patch(path(uid) + "/reactions")
                .entity(PublicApi.json(Map.of("reaction", reaction))));
        return answered != null ? answered : uid;
    }

    private String path(String uid) {
        return prefix + "/" + PathSegments.encode(uid);
    }
}
