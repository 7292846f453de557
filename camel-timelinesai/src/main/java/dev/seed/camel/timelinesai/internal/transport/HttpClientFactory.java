package dev.seed.camel.timelinesai.internal.transport;

import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient 5 (classic) the components talk through. Automatic retries are off, which also
 * turns off HttpClient's silent waiting on {@code Retry-After}: failures surface as typed exceptions instead.
 */
public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    public static CloseableHttpClient create(CamelContext camelContext, HttpSettings settings, String userAgent) {
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(50)
                .setMaxConnPerRoute(20)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .build());
        if (settings.sslContextParameters() != null) {
            try {
                SSLContext sslContext = settings.sslContextParameters().createSSLContext(camelContext);
                connections.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
            } catch (Exception e) {
                throw new IllegalArgumentException("Cannot create the SSLContext from sslContextParameters: "
                        + e.getMessage(), e);
            }
        }
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .build())
                .setUserAgent(userAgent)
                .disableAutomaticRetries()
                .disableCookieManagement()
                .evictIdleConnections(Timeout.of(30, TimeUnit.SECONDS));
        if (settings.proxyHost() != null && !settings.proxyHost().isBlank()) {
            int port = settings.proxyPort() == null ? 8080 : settings.proxyPort();
            builder.setProxy(new HttpHost(settings.proxyHost(), port));
        }
        if (settings.configurer() != null) {
            settings.configurer().configureHttpClient(builder);
        }
        return builder.build();
    }
}
