package dev.seed.camel.timelinesai.simulator.events;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One attempt to deliver a webhook event to one subscription: the answer's status code, or the error when
 * there was no answer (timeout, refused connection).
 */
public record DeliveryAttempt(long id, String eventType, long subscriptionId, String url, int attempt,
                              Integer statusCode, String error, boolean success, boolean lastAttempt,
                              JsonNode payload, Instant startedAt, Instant finishedAt) {
}
