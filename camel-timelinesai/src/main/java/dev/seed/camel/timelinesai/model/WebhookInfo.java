package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A webhook subscription; {@code errorsCounter} counts consecutive failed deliveries. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookInfo(
        @JsonProperty("id") long id,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("enabled") boolean enabled,
        @JsonProperty("url") String url,
        @JsonProperty("errors_counter") int errorsCounter) {

    /** The URL's query (it carries the webhook secret) is never shown. */
    @Override
    public String toString() {
        return "WebhookInfo[id=" + id + ", eventType=" + eventType + ", enabled=" + enabled + ", url="
                + (url == null ? null : url.replaceFirst("\\?.*", "?<redacted>")) + ", errorsCounter=" + errorsCounter
                + "]";
    }
}
