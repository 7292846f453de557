package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of a message's status history, e.g. {@code Sent} at {@code 2026-04-12 12:28:40 +0000}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageStatus(
        @JsonProperty("status") String status,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("failure_reason") FailureReason failureReason) {
}
