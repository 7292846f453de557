package dev.seed.camel.timelinesai.partner;

import java.util.Arrays;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiHttpComponent;
import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiter;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The {@code timelinesai-partner} component: the TimelinesAI Partner API and partner events, with partner-wide defaults. */
@Component("timelinesai-partner")
public class TimelinesAiPartnerComponent extends TimelinesAiHttpComponent {

    @Metadata(label = "security", description = "The Partner ID used by every endpoint that does not set its own.")
    private String partnerId;
    @Metadata(label = "security", secret = true, description = "The Partner Secret used by every endpoint that does "
            + "not set its own. Prefer a property placeholder or vault reference.")
    private String partnerSecret;
    @Metadata(defaultValue = "https://app.timelines.ai/partner/api/v1", description = "Base URL of the Partner API for "
            + "every endpoint that does not set its own, without a trailing slash.")
    private String baseUrl = "https://app.timelines.ai/partner/api/v1";
    @Metadata(label = "advanced", description = "A request limiter to use instead of the JVM-wide one of the host "
            + "(which this component shares with the timelinesai component), for example a limiter backed by a "
            + "store the replicas share. Give both components the same one, so the Partner and Public API calls "
            + "share one budget.")
    private TimelinesAiRequestLimiter rateLimiter;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        boolean events = TimelinesAiPartnerApiName.events.name().equals(remaining);
        String[] parts = remaining.split("/");
        if (!events && (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty())) {
            throw new IllegalArgumentException("The URI must be timelinesai-partner:<api>/<operation> (or "
                    + "timelinesai-partner:events to consume partner events), was timelinesai-partner:" + remaining);
        }
        TimelinesAiPartnerConfiguration configuration = new TimelinesAiPartnerConfiguration();
        configuration.setApi(events ? TimelinesAiPartnerApiName.events : api(parts[0]));
        configuration.setOperation(events ? null : parts[1]);
        configuration.setPartnerId(partnerId);
        configuration.setPartnerSecret(partnerSecret);
        configuration.setBaseUrl(baseUrl);
        applyHttpOptions(configuration);
        TimelinesAiPartnerEndpoint endpoint = new TimelinesAiPartnerEndpoint(uri, this, configuration);
        setProperties(endpoint, parameters);
        applyGlobalSslContextParameters(configuration);
        endpoint.setOperationEnum(TimelinesAiPartnerOptionsValidator.validate(configuration,
                endpoint.getEventsConfiguration()));
        return endpoint;
    }

    private static TimelinesAiPartnerApiName api(String name) {
        try {
            return TimelinesAiPartnerApiName.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown api '" + name + "' (option api); valid apis: "
                    + Arrays.toString(TimelinesAiPartnerApiName.values()), e);
        }
    }

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
