package dev.seed.camel.timelinesai.api;

import dev.seed.camel.timelinesai.model.Invitation;
import dev.seed.camel.timelinesai.model.Teammate;
import dev.seed.camel.timelinesai.model.Teammates;
import dev.seed.camel.timelinesai.model.WorkspaceInfo;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;

/** The workspace: quotas, teammates and invitations ({@code /workspace*}). */
public final class WorkspaceApi {
    private final PublicApi api;

    WorkspaceApi(PublicApi api) {
        this.api = api;
    }

    public WorkspaceInfo get() {
        return api.data(ApiRequest.get("/workspace"), WorkspaceInfo.class);
    }

    public Teammates teammates() {
        return api.data(ApiRequest.get("/workspace/teammates"), Teammates.class);
    }

    /** The teammate who owns the token. */
    public Teammate me() {
        return api.data(ApiRequest.get("/workspace/teammates/me"), Teammate.class);
    }

    public Teammate invite(Invitation invitation) {
        return api.data(ApiRequest.post("/workspace/invitations").retryable().entity(PublicApi.json(invitation)), Teammate.class);
    }

    /** Revokes a pending invitation; returns the API's confirmation text. */
    public String revokeInvitation(long userId) {
        return api.action(ApiRequest.delete("/workspace/invitations/" + userId)).path("message").asText("");
    }
}
