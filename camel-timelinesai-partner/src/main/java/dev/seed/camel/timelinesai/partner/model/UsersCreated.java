package dev.seed.camel.timelinesai.partner.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What {@code users/create} returns: the new users and the workspace's seat counters after them. */
public record UsersCreated(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("seats_total") int seatsTotal,
        @JsonProperty("seats_available") int seatsAvailable,
        @JsonProperty("users") List<PartnerUser> users) implements WorkspaceScoped {
}
