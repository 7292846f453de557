package dev.seed.camel.timelinesai.partner.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A partner workspace as {@code workspaces/create} and {@code workspaces/update} return it, with its seat counters. */
public record Workspace(@JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("plan_id") Integer planId,
        @JsonProperty("seats_total") Integer seatsTotal,
        @JsonProperty("seats_available") Integer seatsAvailable,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("owner_user_id") Long ownerUserId,
        @JsonProperty("group_id") Long groupId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("suspended_members") List<SuspendedMember> suspendedMembers) implements WorkspaceScoped {
}
