package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A webhook subscription to create, or the changes to one ({@code null} fields are left as they are).
 * Creation is idempotent on event type and URL.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookRequest(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("url") String url,
        @JsonProperty("enabled") Boolean enabled) {

    /** The URL's query (it carries the webhook secret) is never shown. */
    @Override
    public String toString() {
        return "WebhookRequest[eventType=" + eventType + ", url="
                + (url == null ? null : url.replaceFirst("\\?.*", "?<redacted>")) + ", enabled=" + enabled + "]";
    }
}
