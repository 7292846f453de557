package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** One attempt to deliver a partner webhook: the answer's status, or the error when there was no answer. */
public record PartnerDelivery(long id, String eventType, String workspaceId, String url, int attempt,
                              Integer statusCode, String error, boolean success, boolean lastAttempt,
                              JsonNode payload, Instant startedAt, Instant finishedAt) {
}
