package dev.seed.camel.timelinesai;

import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The component-wide HTTP options (timeouts, TLS, proxy, shared client) every TimelinesAI component shares. They are
 * kept as the HTTP options every new endpoint starts from, so each option exists once, in
 * {@link TimelinesAiHttpConfiguration}; the accessors here carry the component-level descriptions.
 */
public abstract class TimelinesAiHttpComponent extends DefaultComponent implements SSLContextParametersAware {
    private final TimelinesAiHttpConfiguration defaults = new TimelinesAiHttpConfiguration() {
    };
    @Metadata(label = "security", defaultValue = "false", description = "Use the global SSL context parameters of the "
            + "CamelContext when sslContextParameters is not set.")
    private boolean useGlobalSslContextParameters;

    /** Gives a new endpoint's configuration the component's HTTP options, before the URI's own are set. */
    protected void applyHttpOptions(TimelinesAiHttpConfiguration configuration) {
        defaults.copyHttpOptionsTo(configuration);
    }

    /** After the URI's options are set: the global TLS configuration where neither endpoint nor component set one. */
    protected void applyGlobalSslContextParameters(TimelinesAiHttpConfiguration configuration) {
        if (configuration.getSslContextParameters() == null) {
            configuration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
    }

    public int getConnectTimeout() {
        return defaults.getConnectTimeout();
    }

    @Metadata(label = "advanced", defaultValue = "10000", description = "Connect timeout in milliseconds.")
    public void setConnectTimeout(int connectTimeout) {
        defaults.setConnectTimeout(connectTimeout);
    }

    public int getResponseTimeout() {
        return defaults.getResponseTimeout();
    }

    @Metadata(label = "advanced", defaultValue = "30000", description = "Response (socket) timeout in milliseconds.")
    public void setResponseTimeout(int responseTimeout) {
        defaults.setResponseTimeout(responseTimeout);
    }

    public SSLContextParameters getSslContextParameters() {
        return defaults.getSslContextParameters();
    }

    @Metadata(label = "security", description = "TLS configuration for the HTTPS connections of every endpoint.")
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        defaults.setSslContextParameters(sslContextParameters);
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
        return defaults.getProxyHost();
    }

    @Metadata(label = "proxy", description = "HTTP proxy host.")
    public void setProxyHost(String proxyHost) {
        defaults.setProxyHost(proxyHost);
    }

    public Integer getProxyPort() {
        return defaults.getProxyPort();
    }

    @Metadata(label = "proxy", description = "HTTP proxy port (8080 when only the host is set).")
    public void setProxyPort(Integer proxyPort) {
        defaults.setProxyPort(proxyPort);
    }

    public CloseableHttpClient getHttpClient() {
        return defaults.getHttpClient();
    }

    @Metadata(label = "advanced", description = "A ready Apache HttpClient 5 (classic) shared by every endpoint that "
            + "does not set its own; the component does not close it.")
    public void setHttpClient(CloseableHttpClient httpClient) {
        defaults.setHttpClient(httpClient);
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return defaults.getHttpClientConfigurer();
    }

    @Metadata(label = "advanced", description = "A hook that customises the HttpClientBuilder of every endpoint.")
    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        defaults.setHttpClientConfigurer(httpClientConfigurer);
    }
}
