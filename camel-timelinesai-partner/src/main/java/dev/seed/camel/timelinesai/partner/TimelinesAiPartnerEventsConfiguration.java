package dev.seed.camel.timelinesai.partner;

import dev.seed.camel.timelinesai.TimelinesAiWebhookConfiguration;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of the {@code timelinesai-partner:events} consumer: which events, where, and how they are checked. */
@UriParams
public class TimelinesAiPartnerEventsConfiguration extends TimelinesAiWebhookConfiguration {
    @UriParam(label = "consumer", description = "Comma-separated partner event types the consumer receives, or all. The 8 types are workspace:seats_full, workspace:quota_near_full:messaging, workspace:quota_full:messaging, workspace:quota_full:transactions, workspace:quota_full:api_calls, whatsapp_account:connected, whatsapp_account:disconnected and api_token:rotated. Required for timelinesai-partner:events; deliveries of other types are answered 200 and dropped.")
    private String eventTypes;
    @UriParam(label = "consumer", defaultValue = "/timelinesai/partner-events", description = "The HTTP path served through camel-platform-http; give TimelinesAI support the public URL of this path as the partner webhook URL.")
    private String webhookPath = "/timelinesai/partner-events";
    @UriParam(label = "consumer,security", defaultValue = "30000", javaType = "java.time.Duration", description = "Clock difference tolerated on the nbf and exp claims of X-TL-Signature (milliseconds or a duration such as 30s; 0 to 300 s). The signature does not cover the body: a captured delivery can be replayed until exp plus this leeway, so keep it small and keep idempotent on.")
    private long signatureLeeway = 30000;
    @UriParam(label = "consumer", defaultValue = "true", description = "Drop repeated deliveries of the same event (a digest of event type and payload), which also defeats replays of a captured delivery within the signature's validity.")
    private boolean idempotent = true;

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public long getSignatureLeeway() {
        return signatureLeeway;
    }

    public void setSignatureLeeway(long signatureLeeway) {
        this.signatureLeeway = signatureLeeway;
    }

    public boolean isIdempotent() {
        return idempotent;
    }

    public void setIdempotent(boolean idempotent) {
        this.idempotent = idempotent;
    }
}
