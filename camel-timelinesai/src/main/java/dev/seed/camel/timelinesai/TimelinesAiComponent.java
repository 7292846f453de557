package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import dev.seed.camel.timelinesai.consumer.EventsOptionsValidator;
import dev.seed.camel.timelinesai.health.ReadinessProbes;
import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiter;
import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiters;
import dev.seed.camel.timelinesai.limit.TimelinesAiRetryPolicy;
import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The {@code timelinesai} component: WhatsApp through the TimelinesAI Public API, with workspace-wide defaults. */
@Component("timelinesai")
public class TimelinesAiComponent extends TimelinesAiHttpComponent {

    @Metadata(label = "security", secret = true, description = "The TimelinesAI Public API token used by every "
            + "endpoint that does not set its own. Read on every request, so setting a new one on the running "
            + "component (after a rotation) takes effect at once. Prefer a property placeholder or vault reference.")
    private volatile String token;
    @Metadata(defaultValue = "https://app.timelines.ai/integrations/api", description = "Base URL of the Public API "
            + "for every endpoint that does not set its own, without a trailing slash.")
    private String baseUrl = "https://app.timelines.ai/integrations/api";
    @Metadata(label = "advanced", defaultValue = "true", description = "Keep every endpoint under the API's request "
            + "rate with one limiter shared JVM-wide by all components calling the same host (TimelinesAI limits "
            + "per client IP). Set to false only when something else limits the calls.")
    private boolean rateLimitEnabled = true;
    @Metadata(label = "advanced", defaultValue = "30", description = "Requests per second of the shared limiter (the "
            + "documented limit is 30 per second per client IP). The first component to create a host's limiter sets it.")
    private int rateLimitPerSecond = 30;
    @Metadata(label = "advanced", defaultValue = "10", description = "Requests the shared limiter lets through at "
            + "once after an idle period, on top of the rate (the documented burst is 10).")
    private int rateLimitBurst = 10;
    @Metadata(label = "advanced", description = "A request limiter to use instead of the JVM-wide one of the host, "
            + "for example one shared with other code or with other numbers.")
    private TimelinesAiRequestLimiter rateLimiter;
    @Metadata(label = "advanced", defaultValue = "3", description = "How often a call is retried after 429 (waiting "
            + "for Retry-After or a backoff), after 403 when retryOn403 is set, and, for reads and idempotent writes "
            + "only, after 5xx or a lost connection. 0 turns retries off. Sends are never retried after the request "
            + "may have reached TimelinesAI.")
    private int maxRetries = 3;
    @Metadata(label = "advanced", defaultValue = "500", javaType = "java.time.Duration", description = "The first "
            + "backoff when the answer has no Retry-After; it doubles with each retry (with jitter).")
    private long retryInitialDelay = 500;
    @Metadata(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration", description = "The longest "
            + "single wait before a retry; a longer Retry-After is not waited for and the error is raised instead.")
    private long retryMaxDelay = 30000;
    @Metadata(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration", description = "The most "
            + "time one call may spend in attempts and waits before its last error is raised.")
    private long retryMaxElapsed = 60000;
    @Metadata(label = "advanced", defaultValue = "false", description = "Also retry 403 answers (except "
            + "quota_exceeded): under bursts TimelinesAI's edge answers 403 instead of 429. A real permission error "
            + "then surfaces after the retries.")
    private boolean retryOn403;
    private final TimelinesAiStatistics statistics = new TimelinesAiStatistics();
    private final ReadinessProbes readinessProbes = new ReadinessProbes();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        boolean events = TimelinesAiApiName.events.name().equals(remaining);
        String[] parts = remaining.split("/");
        if (!events && (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty())) {
            throw new IllegalArgumentException("The URI must be timelinesai:<api>/<operation> (or timelinesai:events "
                    + "to consume events), was timelinesai:" + remaining);
        }
        TimelinesAiConfiguration configuration = new TimelinesAiConfiguration();
        configuration.setApi(events ? TimelinesAiApiName.events : api(parts[0]));
        configuration.setOperation(events ? null : parts[1]);
        configuration.setToken(token);
        configuration.setBaseUrl(baseUrl);
        applyHttpOptions(configuration);
        TimelinesAiEndpoint endpoint = new TimelinesAiEndpoint(uri, this, configuration);
        endpoint.setTokenFromComponent(!parameters.containsKey("token"));
        checkNumbers(parameters);
        setProperties(endpoint, parameters);
        PhoneOptions.repair(configuration);
        applyGlobalSslContextParameters(configuration);
        if (events) {
            EventsOptionsValidator.validate(configuration, endpoint.getEventsConfiguration());
        } else {
            endpoint.setOperationEnum(TimelinesAiOptionsValidator.validate(configuration));
        }
        return endpoint;
    }

    /** Camel's converter turns a non-numeric text into {@code null} for Long options; refuse it by name instead. */
    private static void checkNumbers(Map<String, Object> parameters) {
        for (String option : NUMERIC_OPTIONS) {
            Object value = parameters.get(option);
            if (value instanceof String s && !s.startsWith("#") && !s.startsWith("{{") && !s.trim().matches("-?\\d+")) {
                throw new IllegalArgumentException("Option " + option + " must be a whole number, was " + s);
            }
        }
    }

    private static final String[] NUMERIC_OPTIONS = { "chatId", "webhookId", "templateId", "userId",
        "attachmentTemplateId", "page", "maxPages", "proxyPort", "connectTimeout", "responseTimeout", "workerPoolSize" };

    /** The limiter of endpoints calling {@code baseUrl}: the configured one, the host's shared one, or none. */
    TimelinesAiRequestLimiter limiterFor(String endpointBaseUrl) {
        if (!rateLimitEnabled) {
            return null;
        }
        return rateLimiter != null ? rateLimiter
                : TimelinesAiRequestLimiters.forUrl(endpointBaseUrl, rateLimitPerSecond, rateLimitBurst);
    }

    TimelinesAiRetryPolicy retryPolicy() {
        return new TimelinesAiRetryPolicy(maxRetries, Duration.ofMillis(retryInitialDelay),
                Duration.ofMillis(retryMaxDelay), Duration.ofMillis(retryMaxElapsed), retryOn403);
    }

    /** What the request policy of this component's endpoints did: requests, limiter waits, retries, ambiguous sends. */
    public TimelinesAiStatistics getStatistics() {
        return statistics;
    }

    /** The readiness probes this component's endpoints share, by base URL and token. */
    public ReadinessProbes getReadinessProbes() {
        return readinessProbes;
    }

    @Override
    protected void doStop() throws Exception {
        readinessProbes.release();
        super.doStop();
    }

    public boolean isRateLimitEnabled() {
        return rateLimitEnabled;
    }

    public void setRateLimitEnabled(boolean rateLimitEnabled) {
        this.rateLimitEnabled = rateLimitEnabled;
    }

    public int getRateLimitPerSecond() {
        return rateLimitPerSecond;
    }

    public void setRateLimitPerSecond(int rateLimitPerSecond) {
        this.rateLimitPerSecond = rateLimitPerSecond;
    }

    public int getRateLimitBurst() {
        return rateLimitBurst;
    }

    public void setRateLimitBurst(int rateLimitBurst) {
        this.rateLimitBurst = rateLimitBurst;
    }

    public TimelinesAiRequestLimiter getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(TimelinesAiRequestLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getRetryMaxElapsed() {
        return retryMaxElapsed;
    }

    public void setRetryMaxElapsed(long retryMaxElapsed) {
        this.retryMaxElapsed = retryMaxElapsed;
    }

    public boolean isRetryOn403() {
        return retryOn403;
    }

    public void setRetryOn403(boolean retryOn403) {
        this.retryOn403 = retryOn403;
    }

    private static TimelinesAiApiName api(String name) {
        try {
            return TimelinesAiApiName.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown api '" + name + "' (option api); valid apis: "
                    + Arrays.toString(TimelinesAiApiName.values()), e);
        }
    }

    public String getToken() {
        return token;
    }

    /**
     * Sets the token; endpoints without a token of their own send the new one from their next request on, so a
     * rotated token can be handed over without restarting routes.
     */
    public void setToken(String token) {
        this.token = token;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }
}
