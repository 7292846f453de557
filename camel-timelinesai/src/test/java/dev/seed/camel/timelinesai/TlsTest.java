package dev.seed.camel.timelinesai;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTPS with sslContextParameters: a self-signed server is trusted only through the configured trust store. */
class TlsTest extends CamelTestSupport {
    private static final String PASSWORD = "changeit";
    private static Path keystore;
    private static HttpsServer server;

    @BindToRegistry("trustSelfSigned")
    private final SSLContextParameters trustSelfSigned = trustParameters();

    @BeforeAll
    static void startServer() throws Exception {
        keystore = Files.createTempDirectory("tls").resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASSWORD.toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        server.createContext("/api/whatsapp_accounts", ex -> {
            byte[] body = "{\"status\":\"ok\",\"data\":{\"whatsapp_accounts\":[{\"id\":\"1@s.whatsapp.net\",\"phone\":\"+1\"}]}}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static SSLContextParameters trustParameters() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + keystore);
        store.setPassword(PASSWORD);
        store.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl("https://127.0.0.1:" + server.getAddress().getPort() + "/api");
        component.setToken("tls-token");
        context.addComponent("timelinesai", component);
        return context;
    }

    @Test
    void trustedThroughSslContextParameters() {
        Exchange exchange = template.request("timelinesai:accounts/list?sslContextParameters=#trustSelfSigned", e -> { });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(java.util.List.class)).hasSize(1);
    }

    @Test
    void untrustedWithoutThem() {
        Exchange exchange = template.request("timelinesai:accounts/list", e -> { });
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiCommunicationException.class,
                e -> assertThat(e.getHttpStatus()).isZero());
    }
}
