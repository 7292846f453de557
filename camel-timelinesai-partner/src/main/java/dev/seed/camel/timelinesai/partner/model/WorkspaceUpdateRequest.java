package dev.seed.camel.timelinesai.partner.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code workspaces/update}: a new display name and/or seat count; unset fields stay as they are. */
public record WorkspaceUpdateRequest(@JsonProperty("display_name") String displayName,
        @JsonProperty("seats_purchased") Integer seatsPurchased) {
}
