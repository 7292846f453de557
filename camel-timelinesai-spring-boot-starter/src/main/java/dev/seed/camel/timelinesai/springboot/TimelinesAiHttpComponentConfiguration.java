package dev.seed.camel.timelinesai.springboot;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The properties every TimelinesAI component's starter configuration shares: the HTTP options of
 * {@code TimelinesAiHttpComponent} (timeouts, TLS, proxy, shared client) and Camel's common component options.
 */
public abstract class TimelinesAiHttpComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * Connect timeout in milliseconds.
     */
    private Integer connectTimeout = 10000;
    /**
     * Response (socket) timeout in milliseconds.
     */
    private Integer responseTimeout = 30000;
    /**
     * TLS configuration for the HTTPS connections of every endpoint. The option is a
     * org.apache.camel.support.jsse.SSLContextParameters type; give a bean reference such as #bean:mySsl.
     */
    private SSLContextParameters sslContextParameters;
    /**
     * Use the global SSL context parameters of the CamelContext when sslContextParameters is not set.
     */
    private Boolean useGlobalSslContextParameters = false;
    /**
     * HTTP proxy host.
     */
    private String proxyHost;
    /**
     * HTTP proxy port (8080 when only the host is set).
     */
    private Integer proxyPort;
    /**
     * A ready Apache HttpClient 5 (classic) shared by every endpoint that does not set its own; the component does
     * not close it. The option is a org.apache.hc.client5.http.impl.classic.CloseableHttpClient type; give a bean
     * reference such as #bean:myHttpClient.
     */
    private CloseableHttpClient httpClient;
    /**
     * A hook that customises the HttpClientBuilder of every endpoint. The option is a
     * org.apache.camel.component.http.HttpClientConfigurer type; give a bean reference such as #bean:myConfigurer.
     */
    private HttpClientConfigurer httpClientConfigurer;
    /**
     * Whether the producer should be started lazy (on the first message).
     */
    private Boolean lazyStartProducer = false;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages will be processed as a message and
     * handled by the routing Error Handler.
     */
    private Boolean bridgeErrorHandler = false;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Integer responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
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

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }
}
