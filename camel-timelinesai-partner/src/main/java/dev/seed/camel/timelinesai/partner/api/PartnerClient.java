package dev.seed.camel.timelinesai.partner.api;

import dev.seed.camel.timelinesai.internal.transport.ApiTransport;

/** The TimelinesAI Partner API, one small class per resource family. */
public final class PartnerClient {
    private final WorkspacesApi workspaces;
    private final UsersApi users;
    private final TokensApi tokens;

    public PartnerClient(ApiTransport transport) {
        PartnerApi api = new PartnerApi(transport);
        this.workspaces = new WorkspacesApi(api);
        this.users = new UsersApi(api);
        this.tokens = new TokensApi(api);
    }

    public WorkspacesApi workspaces() {
        return workspaces;
    }

    public UsersApi users() {
        return users;
    }

    public TokensApi tokens() {
        return tokens;
    }
}
