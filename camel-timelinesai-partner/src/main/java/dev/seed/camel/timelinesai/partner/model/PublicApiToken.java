package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A workspace's Public API token from {@code tokens/get} or {@code tokens/rotate}. The token is a secret:
 * {@link #toString()} masks it, so logging the body never shows it.
 */
public record PublicApiToken(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("token") String token,
        @JsonProperty("rotated_at") String rotatedAt) implements WorkspaceScoped {

    @Override
    public String toString() {
        return "PublicApiToken[workspaceId=" + workspaceId + ", token=" + (token == null ? "null" : "****")
                + ", rotatedAt=" + rotatedAt + "]";
    }
}
