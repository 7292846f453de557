package dev.seed.camel.timelinesai;

import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component's HTTP options are what every new endpoint starts from; the URI's own options win. */
class ComponentHttpDefaultsTest {
    private final SSLContextParameters tls = new SSLContextParameters();
    private final HttpClientConfigurer configurer = builder -> { };
    private final CloseableHttpClient client = HttpClients.createDefault();
    private final CamelContext context = new DefaultCamelContext();
    private final TimelinesAiComponent component = new TimelinesAiComponent();

    @AfterEach
    void close() throws Exception {
        context.close();
        client.close();
    }

    @Test
    void everyHttpOptionOfTheComponentReachesANewEndpoint() {
        configureComponent();

        TimelinesAiConfiguration c = configurationOf("timelinesai:accounts/list?token=t");

        assertThat(component.getConnectTimeout()).isEqualTo(1234);
        assertThat(c.getConnectTimeout()).isEqualTo(1234);
        assertThat(c.getResponseTimeout()).isEqualTo(5678);
        assertThat(c.getSslContextParameters()).isSameAs(tls);
        assertThat(c.getProxyHost()).isEqualTo("proxy.example");
        assertThat(c.getProxyPort()).isEqualTo(3128);
        assertThat(c.getHttpClient()).isSameAs(client);
        assertThat(c.getHttpClientConfigurer()).isSameAs(configurer);
    }

    @Test
    void theUrisOptionsWinAndEndpointsDoNotShareTheirOptions() {
        configureComponent();

        TimelinesAiConfiguration own = configurationOf("timelinesai:accounts/list?token=t&connectTimeout=99"
                + "&proxyPort=8080");
        TimelinesAiConfiguration other = configurationOf("timelinesai:chats/list?token=t");

        assertThat(own.getConnectTimeout()).isEqualTo(99);
        assertThat(own.getProxyPort()).isEqualTo(8080);
        assertThat(own.getResponseTimeout()).isEqualTo(5678);
        assertThat(other.getConnectTimeout()).isEqualTo(1234);
        assertThat(other.getProxyPort()).isEqualTo(3128);
    }

    @Test
    void withoutComponentOptionsAnEndpointKeepsTheDocumentedDefaults() {
        TimelinesAiConfiguration c = configurationOf("timelinesai:accounts/list?token=t");

        assertThat(component.getConnectTimeout()).isEqualTo(10000);
        assertThat(component.getResponseTimeout()).isEqualTo(30000);
        assertThat(c.getConnectTimeout()).isEqualTo(10000);
        assertThat(c.getResponseTimeout()).isEqualTo(30000);
        assertThat(c.getProxyHost()).isNull();
        assertThat(c.getHttpClient()).isNull();
    }

    private TimelinesAiConfiguration configurationOf(String uri) {
        if (context.hasComponent("timelinesai") == null) {
            context.addComponent("timelinesai", component);
        }
        return context.getEndpoint(uri, TimelinesAiEndpoint.class).getConfiguration();
    }

    private void configureComponent() {
        component.setConnectTimeout(1234);
        component.setResponseTimeout(5678);
        component.setSslContextParameters(tls);
        component.setProxyHost("proxy.example");
        component.setProxyPort(3128);
        component.setHttpClient(client);
        component.setHttpClientConfigurer(configurer);
    }
}
