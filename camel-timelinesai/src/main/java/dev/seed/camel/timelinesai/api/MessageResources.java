package dev.seed.camel.timelinesai.api;

import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.model.MessageStatus;
import dev.seed.camel.timelinesai.model.Reactions;

/**
 * Base of the two message APIs: one stored message's resources below a path prefix ({@code /messages} or
 * {@code /waba/messages}), read as {@code M}: the message, its status history, its reactions and the own reaction.
 */
public abstract class MessageResources<M> {
    private final PublicApi api;
    private final String prefix;
    private final Class<M> type;

    MessageResources(PublicApi api, String prefix, Class<M> type) {
        this.api = api;
        this.prefix = prefix;
        this.type = type;
    }

    /** {@code GET <prefix>/{uid}}. */
    public M get(String uid) {
        return api.data(ApiRequest.get(path(uid)), type);
    }

    /** {@code GET <prefix>/{uid}/status_history}. */
    public List<MessageStatus> statusHistory(String uid) {
        return api.data(ApiRequest.get(path(uid) + "/status_history"), JsonSupport.listOf(MessageStatus.class));
    }

    /** {@code GET <prefix>/{uid}/reactions}. */
    public Reactions reactions(String uid) {
        return api.data(ApiRequest.get(path(uid) + "/reactions"), Reactions.class);
    }

    /**
     * {@code PATCH <prefix>/{uid}/reactions}; an empty reaction clears the own one. Returns the message uid (the one
     * asked for when the answer has no {@code data}).
     */
    protected String setReaction(String uid, String reaction) {
        String answered = api.optionalMessageUid(ApiRequest.patch(path(uid) + "/reactions")
                .entity(PublicApi.json(Map.of("reaction", reaction))));
        return answered != null ? answered : uid;
    }

    private String path(String uid) {
        return prefix + "/" + PathSegments.encode(uid);
    }
}
