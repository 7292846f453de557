package dev.seed.camel.timelinesai.partner.api;

import dev.seed.camel.timelinesai.partner.model.PublicApiToken;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;

/** A workspace's Public API token: get (created when there is none) and rotate (the old one dies at once). */
public final class TokensApi {
    private final PartnerApi api;

    TokensApi(PartnerApi api) {
        this.api = api;
    }

    public PublicApiToken get(String workspaceId) {
        return api.call(ApiRequest.get(path(workspaceId)), PublicApiToken.class);
    }

    public PublicApiToken rotate(String workspaceId) {
        return api.call(ApiRequest.post(path(workspaceId)), PublicApiToken.class);
    }

    private static String path(String workspaceId) {
        return "/workspaces/" + PartnerApi.segment(workspaceId) + "/api-token";
    }
}
