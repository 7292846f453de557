package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The workspace: identity, plan, seats and quotas. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkspaceInfo(
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("plan") String plan,
        @JsonProperty("seats") Quota seats,
        @JsonProperty("messaging_quota") Quota messagingQuota,
        @JsonProperty("api_calls_quota") Quota apiCallsQuota,
        @JsonProperty("non_recurring_quota") NonRecurringQuota nonRecurringQuota) {
}
