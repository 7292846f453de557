package dev.seed.camel.timelinesai;

import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** The component-wide HTTP options (timeouts, TLS, proxy, shared client) every TimelinesAI component shares. */
public abstract class TimelinesAiHttpComponent extends DefaultComponent implements SSLContextParametersAware {
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

    /** Gives a new endpoint's configuration the component's HTTP options, before the URI's own are set. */
    protected void applyHttpOptions(TimelinesAiHttpConfiguration configuration) {
        configuration.setConnectTimeout(connectTimeout);
        configuration.setResponseTimeout(responseTimeout);
        configuration.setSslContextParameters(sslContextParameters);
        configuration.setProxyHost(proxyHost);
        configuration.setProxyPort(proxyPort);
        configuration.setHttpClient(httpClient);
        configuration.setHttpClientConfigurer(httpClientConfigurer);
    }

    /** After the URI's options are set: the global TLS configuration where neither endpoint nor component set one. */
    protected void applyGlobalSslContextParameters(TimelinesAiHttpConfiguration configuration) {
        if (configuration.getSslContextParameters() == null) {
            configuration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
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
