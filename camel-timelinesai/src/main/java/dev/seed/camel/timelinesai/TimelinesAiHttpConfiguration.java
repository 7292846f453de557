package dev.seed.camel.timelinesai;

import dev.seed.camel.timelinesai.internal.transport.HttpSettings;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/** The HTTP options (timeouts, TLS, proxy, own client) every TimelinesAI endpoint configuration shares. */
@UriParams
public abstract class TimelinesAiHttpConfiguration {
    @UriParam(label = "advanced", defaultValue = "10000", description = "Connect timeout in milliseconds.")
    private int connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "30000", description = "Response (socket) timeout in milliseconds.")
    private int responseTimeout = 30000;
    @UriParam(label = "security", description = "TLS configuration (trust store, key store, protocols) for the HTTPS connections.")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "proxy", description = "HTTP proxy host.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "HTTP proxy port (8080 when only the host is set).")
    private Integer proxyPort;
    @UriParam(label = "advanced", description = "A ready Apache HttpClient 5 (classic) to use instead of building one; the endpoint does not close it. Timeouts, TLS and proxy options do not apply to it.")
    private CloseableHttpClient httpClient;
    @UriParam(label = "advanced", description = "A hook that customises the HttpClientBuilder before the client is built (connection pool, interceptors...).")
    private HttpClientConfigurer httpClientConfigurer;

    /** The settings a client of this endpoint is built from when no ready {@link #getHttpClient()} is given. */
    public HttpSettings toHttpSettings() {
        return new HttpSettings(connectTimeout, responseTimeout, sslContextParameters, proxyHost, proxyPort,
                httpClientConfigurer);
    }

    /** Gives {@code target} these HTTP options (a component's defaults to a new endpoint's configuration). */
    public void copyHttpOptionsTo(TimelinesAiHttpConfiguration target) {
        target.setConnectTimeout(connectTimeout);
        target.setResponseTimeout(responseTimeout);
        target.setSslContextParameters(sslContextParameters);
        target.setProxyHost(proxyHost);
        target.setProxyPort(proxyPort);
        target.setHttpClient(httpClient);
        target.setHttpClientConfigurer(httpClientConfigurer);
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
