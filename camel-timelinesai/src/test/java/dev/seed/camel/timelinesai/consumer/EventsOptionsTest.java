package dev.seed.camel.timelinesai.consumer;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Options of timelinesai:events are checked when the endpoint is created, naming the option. */
class EventsOptionsTest {
    private CamelContext context;

    @BeforeEach
    void setUp() {
        context = new DefaultCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setToken("test-token");
        context.addComponent("timelinesai", component);
    }

    @AfterEach
    void tearDown() throws Exception {
        context.close();
    }

    private void refused(String query, String message) {
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:events?" + query))
                .hasStackTraceContaining(message);
    }

    @Test
    void badOptionsAreNamed() {
        refused("mode=webhook", "Option eventTypes is required");
        refused("eventTypes=message:new,not-a-type", "'not-a-type' is not an event type");
        refused("eventTypes=chat:new&mode=push", "Option mode must be webhook or poll");
        refused("eventTypes=chat:new&acknowledge=afterHandover", "needs handoverUri");
        refused("eventTypes=chat:new&webhookSecret=short", "webhookSecret must be at least 16");
        refused("eventTypes=chat:new&webhookAllowedIps=10.0.0.0/33", "bad prefix");
        refused("eventTypes=chat:new&webhookAllowedIps=example.com", "is not an IP address");
        refused("eventTypes=chat:new&webhookAction=register", "needs webhookExternalUrl");
        refused("eventTypes=chat:new&webhookExternalUrl=ftp://x.example", "absolute http(s) URL");
        refused("eventTypes=chat:new&webhookExternalUrl=https://x.example?secret=1", "without query");
        refused("eventTypes=chat:new&webhookPath=no-slash", "webhookPath must start with /");
        refused("eventTypes=chat:new&webhookBasicAuthUsername=proxy", "go together");
        refused("eventTypes=call:incoming:missed&mode=poll", "mode=poll can only observe");
        refused("eventTypes=chat:new&mode=poll&pollDelay=0", "pollDelay must be at least 1");
    }

    @Test
    void pollModeNeedsAToken() {
        ((TimelinesAiComponent) context.getComponent("timelinesai")).setToken(null);
        refused("eventTypes=chat:new&mode=poll", "Option token is required for mode=poll");
        assertThat(context.getEndpoint("timelinesai:events?eventTypes=chat:new&webhookAutoRegister=false"))
                .as("a webhook that registers nothing needs no token").isNotNull();
    }

    @Test
    void eventsEndpointHasNoProducerAndOthersNoConsumer() {
        TimelinesAiEndpoint events = context.getEndpoint("timelinesai:events?eventTypes=chat:new",
                TimelinesAiEndpoint.class);
        assertThat(events.isEventsEndpoint()).isTrue();
        assertThatThrownBy(events::createProducer).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("timelinesai:messages/send");
        TimelinesAiEndpoint list = context.getEndpoint("timelinesai:chats/list", TimelinesAiEndpoint.class);
        assertThatThrownBy(() -> list.createConsumer(e -> { })).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ipAllowListMatchesV4AndV6Ranges() {
        IpAllowList list = IpAllowList.parse("10.0.0.0/8, 192.168.1.7, 2001:db8::/32");
        assertThat(list.allows("10.20.30.40")).isTrue();
        assertThat(list.allows("11.0.0.1")).isFalse();
        assertThat(list.allows("192.168.1.7")).isTrue();
        assertThat(list.allows("192.168.1.8")).isFalse();
        assertThat(list.allows("2001:db8:1::5")).isTrue();
        assertThat(list.allows("2001:db9::5")).isFalse();
        assertThat(list.allows(null)).isFalse();
        assertThat(list.allows("localhost")).isFalse();
    }
}
