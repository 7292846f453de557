package dev.seed.camel.timelinesai.partner;

import java.util.Arrays;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** The {@code timelinesai-partner} component: the TimelinesAI Partner API and partner events, with partner-wide defaults. */
@Component("timelinesai-partner")
public class TimelinesAiPartnerComponent extends DefaultComponent implements SSLContextParametersAware {

    @Metadata(label = "security", description = "The Partner ID used by every endpoint that does not set its own.")
    private String partnerId;
    @Metadata(label = "security", secret = true, description = "The Partner Secret used by every endpoint that does "
            + "not set its own. Prefer a property placeholder or vault reference.")
    private String partnerSecret;
    @Metadata(defaultValue = "https://app.timelines.ai/partner/api/v1", description = "Base URL of the Partner API for "
            + "every endpoint that does not set its own, without a trailing slash.")
    private String baseUrl = "https://app.timelines.ai/partner/api/v1";
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
        configuration.setConnectTimeout(connectTimeout);
        configuration.setResponseTimeout(responseTimeout);
        configuration.setSslContextParameters(sslContextParameters);
        configuration.setProxyHost(proxyHost);
        configuration.setProxyPort(proxyPort);
        configuration.setHttpClient(httpClient);
        configuration.setHttpClientConfigurer(httpClientConfigurer);
        TimelinesAiPartnerEndpoint endpoint = new TimelinesAiPartnerEndpoint(uri, this, configuration);
        setProperties(endpoint, parameters);
        if (configuration.getSslContextParameters() == null) {
            configuration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
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
