package dev.seed.camel.timelinesai.springboot;

import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.timelinesai.*} properties: the options of the timelinesai component (WhatsApp through
 * the TimelinesAI Public API), applied to the component Camel creates.
 */
@ConfigurationProperties(prefix = "camel.component.timelinesai")
public class TimelinesAiComponentConfiguration extends TimelinesAiHttpComponentConfiguration {

    /**
     * The TimelinesAI Public API token used by every endpoint that does not set its own. Read on every request, so
     * setting a new one on the running component (after a rotation) takes effect at once. Prefer a property
     * placeholder or vault reference.
     */
    private String token;
    /**
     * Base URL of the Public API for every endpoint that does not set its own, without a trailing slash.
     */
    private String baseUrl = "https://app.timelines.ai/integrations/api";
    /**
     * Keep every endpoint under the API's request rate with one limiter shared JVM-wide by all components calling
     * the same host (TimelinesAI limits per client IP). Set to false only when something else limits the calls.
     */
    private Boolean rateLimitEnabled = true;
    /**
     * Requests per second of the shared limiter (the documented limit is 30 per second per client IP). The first
     * component to create a host's limiter sets it.
     */
    private Integer rateLimitPerSecond = 30;
    /**
     * Requests the shared limiter lets through at once after an idle period, on top of the rate (the documented
     * burst is 10).
     */
    private Integer rateLimitBurst = 10;
    /**
     * A request limiter to use instead of the JVM-wide one of the host, for example one shared with other code or
     * with other numbers. The option is a dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiter type; give a bean
     * reference such as #bean:myLimiter.
     */
    private TimelinesAiRequestLimiter rateLimiter;
    /**
     * How often a call is retried after 429 (waiting for Retry-After or a backoff), after 403 when retryOn403 is
     * set, and, for reads and idempotent writes only, after 5xx or a lost connection. 0 turns retries off. Sends
     * are never retried after the request may have reached TimelinesAI.
     */
    private Integer maxRetries = 3;
    /**
     * The first backoff in milliseconds when the answer has no Retry-After; it doubles with each retry (with
     * jitter).
     */
    private Long retryInitialDelay = 500L;
    /**
     * The longest single wait before a retry in milliseconds; a longer Retry-After is not waited for and the error
     * is raised instead.
     */
    private Long retryMaxDelay = 30000L;
    /**
     * The most time in milliseconds one call may spend in attempts and waits before its last error is raised.
     */
    private Long retryMaxElapsed = 60000L;
    /**
     * Also retry 403 answers (except quota_exceeded): under bursts TimelinesAI's edge answers 403 instead of 429. A
     * real permission error then surfaces after the retries.
     */
    private Boolean retryOn403 = false;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Boolean getRateLimitEnabled() {
        return rateLimitEnabled;
    }

    public void setRateLimitEnabled(Boolean rateLimitEnabled) {
        this.rateLimitEnabled = rateLimitEnabled;
    }

    public Integer getRateLimitPerSecond() {
        return rateLimitPerSecond;
    }

    public void setRateLimitPerSecond(Integer rateLimitPerSecond) {
        this.rateLimitPerSecond = rateLimitPerSecond;
    }

    public Integer getRateLimitBurst() {
        return rateLimitBurst;
    }

    public void setRateLimitBurst(Integer rateLimitBurst) {
        this.rateLimitBurst = rateLimitBurst;
    }

    public TimelinesAiRequestLimiter getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(TimelinesAiRequestLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Long getRetryMaxElapsed() {
        return retryMaxElapsed;
    }

    public void setRetryMaxElapsed(Long retryMaxElapsed) {
        this.retryMaxElapsed = retryMaxElapsed;
    }

    public Boolean getRetryOn403() {
        return retryOn403;
    }

    public void setRetryOn403(Boolean retryOn403) {
        this.retryOn403 = retryOn403;
    }
}
