package dev.seed.camel.timelinesai.internal.transport;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;

/** The HTTP settings a client is built from: timeouts, TLS, proxy and an optional builder hook. */
public record HttpSettings(int connectTimeoutMillis, int responseTimeoutMillis, SSLContextParameters sslContextParameters,
        String proxyHost, Integer proxyPort, HttpClientConfigurer configurer) {
}
