package dev.seed.camel.timelinesai;

import java.util.Arrays;
import java.util.Map;

import dev.seed.camel.timelinesai.consumer.EventsOptionsValidator;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** The {@code timelinesai} component: WhatsApp through the TimelinesAI Public API, with workspace-wide defaults. */
@Component("timelinesai")
public class TimelinesAiComponent extends DefaultComponent implements SSLContextParametersAware {

    @Metadata(label = "security", secret = true, description = "The TimelinesAI Public API token used by every "
            + "endpoint that does not set its own. Read on every request, so setting a new one on the running "
            + "component (after a rotation) takes effect at once. Prefer a property placeholder or vault reference.")
    private volatile String token;
    @Metadata(defaultValue = "https://app.timelines.ai/integrations/api", description = "Base URL of the Public API "
            + "for every endpoint that does not set its own, without a trailing slash.")
    private String baseUrl = "https://app.timelines.ai/integrations/api";
    @Metadata(label = "advanced", defaultValue = "10000", description = "Connect timeout in milliseconds.")
    private int connectTimeout = 10000;
    @Metadata(label = "advanced", defaultValue = "30000", description = "Response (socket) timeout in milliseconds.")
    private int responseTimeout = 30000;
    @Metadata(label = "security", description = "TLS configuration for the HTTPS connections of every endpoint.")
    private SSLContextParameters sslContextParameters;
    @Metadata(label = "security", defaultValue = "false", description = "Use the global SSL context parameters of the "
            + "CamelContext when sslContextParameters is not set.")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "proxy", description = "HTTP proxy host.")
    private String proxyHost;
    @Metadata(label = "proxy", description = "HTTP proxy port (8080 when only the host is set).")
    private Integer proxyPort;
    @Metadata(label = "advanced", description = "A ready Apache HttpClient 5 (classic) shared by every endpoint that "
            + "does not set its own; the component does not close it.")
    private CloseableHttpClient httpClient;
    @Metadata(label = "advanced", description = "A hook that customises the HttpClientBuilder of every endpoint.")
    private HttpClientConfigurer httpClientConfigurer;

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
        configuration.setConnectTimeout(connectTimeout);
        configuration.setResponseTimeout(responseTimeout);
        configuration.setSslContextParameters(sslContextParameters);
        configuration.setProxyHost(proxyHost);
        configuration.setProxyPort(proxyPort);
        configuration.setHttpClient(httpClient);
        configuration.setHttpClientConfigurer(httpClientConfigurer);
        TimelinesAiEndpoint endpoint = new TimelinesAiEndpoint(uri, this, configuration);
        endpoint.setTokenFromComponent(!parameters.containsKey("token"));
        checkNumbers(parameters);
        setProperties(endpoint, parameters);
        PhoneOptions.repair(configuration);
        if (configuration.getSslContextParameters() == null) {
            configuration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
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

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }
}
