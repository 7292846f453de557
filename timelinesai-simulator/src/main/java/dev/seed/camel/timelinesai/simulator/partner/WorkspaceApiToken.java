package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import dev.seed.camel.timelinesai.simulator.state.SimulatorState;

/** A partner workspace's Public API token: created on first read, rotated on request. */
final class WorkspaceApiToken {
    private final Clock clock;
    private final Consumer<Instant> onRotated;
    private String token;
    private Instant rotatedAt;

    WorkspaceApiToken(Clock clock, Consumer<Instant> onRotated) {
        this.clock = clock;
        this.onRotated = onRotated;
    }

    /** A rotation: the new token and when the previous one stopped working. */
    record Rotation(String token, Instant rotatedAt) {
    }

    synchronized void set(String token) { this.token = token; }

    /** The current token; one is created (and accepted by the Public API) when there is none. */
    synchronized String orCreate(SimulatorState state) {
        if (token == null) {
            token = UUID.randomUUID().toString();
            state.addToken(token);
        }
        return token;
    }

    synchronized Instant rotatedAt() { return rotatedAt; }

    /** A new token; the previous one is refused by the Public API from now on. */
    synchronized Rotation rotate(SimulatorState state) {
        String previous = token;
        String next = UUID.randomUUID().toString();
        state.addToken(next);
        if (previous != null) {
            state.revokeToken(previous);
        }
        token = next;
        rotatedAt = clock.instant();
        onRotated.accept(rotatedAt);
        return new Rotation(next, rotatedAt);
    }
}
