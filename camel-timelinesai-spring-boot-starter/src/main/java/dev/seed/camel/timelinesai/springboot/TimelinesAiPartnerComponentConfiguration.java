package dev.seed.camel.timelinesai.springboot;

import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.timelinesai-partner.*} properties: the options of the timelinesai-partner component
 * (the TimelinesAI Partner API and its signed events), applied to the component Camel creates.
 */
@ConfigurationProperties(prefix = "camel.component.timelinesai-partner")
public class TimelinesAiPartnerComponentConfiguration extends TimelinesAiHttpComponentConfiguration {

    /**
     * The Partner ID used by every endpoint that does not set its own.
     */
    private String partnerId;
    /**
     * The Partner Secret used by every endpoint that does not set its own: it signs the JWTs sent to the Partner
     * API and verifies the signatures of partner events. Prefer a property placeholder or vault reference.
     */
    private String partnerSecret;
    /**
     * Base URL of the Partner API for every endpoint that does not set its own, without a trailing slash.
     */
    private String baseUrl = "https://app.timelines.ai/partner/api/v1";
    /**
     * A request limiter to use instead of the JVM-wide one of the host (which this component shares with the
     * timelinesai component), for example a limiter backed by a store the replicas share. Give both components the
     * same one. The option is a dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiter type; give a bean
     * reference such as #bean:myLimiter.
     */
    private TimelinesAiRequestLimiter rateLimiter;

    public String getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(String partnerId) {
        this.partnerId = partnerId;
    }

    public String getPartnerSecret() {
        return partnerSecret;
    }

    public void setPartnerSecret(String partnerSecret) {
        this.partnerSecret = partnerSecret;
    }

    public TimelinesAiRequestLimiter getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(TimelinesAiRequestLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }
}
