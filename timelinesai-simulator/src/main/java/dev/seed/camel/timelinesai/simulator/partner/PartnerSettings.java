package dev.seed.camel.timelinesai.simulator.partner;

import java.net.URI;
import java.net.URISyntaxException;

import dev.seed.camel.timelinesai.simulator.SimulatorOptions;

/**
 * The one partner the simulator knows: its Partner ID, its Partner Secret and its webhook URL. Starts from
 * {@link SimulatorOptions}, changeable at runtime through the admin API, back to the options on reset.
 */
public final class PartnerSettings {
    private final SimulatorOptions options;
    private volatile String partnerId;
    private volatile String secret;
    private volatile String webhookUrl;

    public PartnerSettings(SimulatorOptions options) {
        this.options = options;
        reset();
    }

    public void reset() {
        this.partnerId = options.partnerId();
        this.secret = options.partnerSecret();
        this.webhookUrl = options.partnerWebhookUrl();
    }

    public String partnerId() { return partnerId; }

    /** The Partner Secret; never log or print it. */
    public String secret() { return secret; }

    /** Where partner webhooks go; null when none is set. */
    public String webhookUrl() { return webhookUrl; }

    public void setPartnerId(String partnerId) {
        if (partnerId == null || partnerId.isBlank()) {
            throw new IllegalArgumentException("partner_id must not be blank");
        }
        this.partnerId = partnerId;
    }

    public void setSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("partner_secret must not be empty");
        }
        this.secret = secret;
    }

    /** An absolute http(s) URL, or null to send no partner webhooks. */
    public void setWebhookUrl(String webhookUrl) {
        if (webhookUrl != null) {
            try {
                URI uri = new URI(webhookUrl);
                if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                        || uri.getHost() == null) {
                    throw new IllegalArgumentException("webhook_url must be an absolute http(s) URL");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("webhook_url must be an absolute http(s) URL");
            }
        }
        this.webhookUrl = webhookUrl;
    }

    @Override
    public String toString() {
        return "PartnerSettings[partnerId=" + partnerId + ", webhookUrl set=" + (webhookUrl != null) + "]";
    }
}
