package dev.seed.camel.timelinesai.simulator.state;

import java.time.Instant;

/** One entry of a message's status history. */
public record StatusChange(String status, Instant at, String failureReason) {
}
