package dev.seed.camel.timelinesai.simulator.api;

import java.util.Optional;

import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;

/** The teammate the workspace's API token belongs to: the workspace Owner. */
public final class TokenOwner {
    /** Role display value of the workspace owner. */
    public static final String OWNER_ROLE = "Owner";

    private TokenOwner() {
    }

    /** The owner, or empty when the workspace has none (an unseeded simulator). */
    public static Optional<Teammate> find(SimulatorState state) {
        return state.teammates().stream().filter(t -> OWNER_ROLE.equals(t.role())).findFirst();
    }

    /** The owner; 403 {@code member_not_found} when the token maps to no member. */
    public static Teammate require(SimulatorState state) {
        return find(state).orElseThrow(() -> new ApiException(403, "member_not_found",
                "The API token does not belong to a member of this workspace"));
    }

    /** The name that records created through the API carry. */
    public static String displayName(SimulatorState state) {
        return find(state).map(Teammate::displayName).orElse("Public API");
    }
}
