package dev.seed.camel.timelinesai.partner.api;

import dev.seed.camel.timelinesai.partner.model.Workspace;
import dev.seed.camel.timelinesai.partner.model.WorkspaceCreateRequest;
import dev.seed.camel.timelinesai.partner.model.WorkspaceDetails;
import dev.seed.camel.timelinesai.partner.model.WorkspaceUpdateRequest;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;

/** Partner workspaces: create, get and update ({@code /workspaces}). */
public final class WorkspacesApi {
    private final PartnerApi api;

    WorkspacesApi(PartnerApi api) {
        this.api = api;
    }

    public Workspace create(WorkspaceCreateRequest request) {
        return api.call(ApiRequest.post("/workspaces").entity(PartnerApi.json(request)), Workspace.class);
    }

    public WorkspaceDetails get(String workspaceId) {
        return api.call(ApiRequest.get("/workspaces/" + PartnerApi.segment(workspaceId)), WorkspaceDetails.class);
    }

    public Workspace update(String workspaceId, WorkspaceUpdateRequest request) {
        return api.call(ApiRequest.patch("/workspaces/" + PartnerApi.segment(workspaceId))
                .entity(PartnerApi.json(request)), Workspace.class);
    }
}
