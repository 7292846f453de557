package dev.seed.camel.timelinesai;

import java.time.Duration;

import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With retries switched off ({@code maxRetries=0}), faults injected into the simulator surface as typed exceptions
 * at once; the retry policy itself is tested in {@link RetryAndAmbiguityTest}.
 */
class FaultsTest extends TimelinesAiTestSupport {

    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext context = super.createCamelContext();
        context.getComponent("timelinesai", TimelinesAiComponent.class).setMaxRetries(0);
        return context;
    }

    private SimulatorAdminClient admin() {
        return new SimulatorAdminClient(simulator().rootUrl());
    }

    @AfterEach
    void clearFaults() {
        admin().faults().forEach(f -> admin().removeFault(f.id()));
    }

    @Test
    void rateLimitCarriesRetryAfterAndIsNotRetried() {
        var fault = admin().addFault(FaultSpec.rateLimit(3).pathPrefix("/whatsapp_accounts").times(1));
        Exchange exchange = call("timelinesai:accounts/list", null);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiRateLimitException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(429);
            assertThat(e.getErrorCode()).isEqualTo("rate_limit_exceeded");
            assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(3));
        });
        assertThat(admin().faults()).filteredOn(f -> f.id() == fault.id()).singleElement()
                .satisfies(f -> assertThat(f.fired()).isEqualTo(1));
        assertThat(ok("timelinesai:accounts/list", null).getMessage().getBody(java.util.List.class)).hasSize(3);
    }

    @Test
    void serverErrorIsTyped() {
        admin().addFault(FaultSpec.status(503).pathPrefix("/workspace"));
        assertThat(call("timelinesai:workspace/get", null).getException())
                .isInstanceOfSatisfying(TimelinesAiServerException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(503));
    }

    @Test
    void droppedConnectionIsACommunicationError() {
        admin().addFault(FaultSpec.drop().pathPrefix("/templates"));
        assertThat(call("timelinesai:templates/list", null).getException())
                .isInstanceOf(TimelinesAiCommunicationException.class);
    }

    @Test
    void responseTimeoutIsACommunicationError() {
        admin().addFault(FaultSpec.latency(Duration.ofSeconds(3)).pathPrefix("/webhooks"));
        Exchange exchange = call("timelinesai:webhooks/list?responseTimeout=300", null);
        assertThat(exchange.getException()).isInstanceOf(TimelinesAiCommunicationException.class)
                .hasMessageContaining("GET /webhooks");
    }
}
