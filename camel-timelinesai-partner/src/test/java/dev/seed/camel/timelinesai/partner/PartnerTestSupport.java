package dev.seed.camel.timelinesai.partner;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.partner.PartnerSimulation;
import dev.seed.camel.timelinesai.testsupport.LocalHttpServer;
import dev.seed.camel.timelinesai.testsupport.TestExchanges;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the partner tests: a simulator on a free port, a timelinesai-partner component and a timelinesai
 * component pointed at it, and a Vert.x platform-http server on a free port for the partner webhook path.
 */
public abstract class PartnerTestSupport extends CamelTestSupport {
    /** The simulator's seeded workspace, which the Public API token of the tests belongs to. */
    protected static final String SHARED_WORKSPACE = "acme-support";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private final LocalHttpServer server = new LocalHttpServer();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TimelinesAiPartnerComponent partner = new TimelinesAiPartnerComponent();
        partner.setBaseUrl(partnerBaseUrl());
        partner.setPartnerId(partnerId());
        partner.setPartnerSecret(partnerSecret());
        context.addComponent("timelinesai-partner", partner);
        TimelinesAiComponent publicApi = new TimelinesAiComponent();
        publicApi.setBaseUrl(SIMULATOR.baseUrl());
        publicApi.setToken(SIMULATOR.token());
        context.addComponent("timelinesai", publicApi);
        server.addTo(context);
        return context;
    }

    protected TimelinesAiSimulator simulator() {
        return SIMULATOR.simulator();
    }

    protected SimulatorAdminClient admin() {
        return simulator().admin();
    }

    protected String partnerBaseUrl() {
        return simulator().rootUrl() + PartnerSimulation.PREFIX;
    }

    protected String partnerId() {
        return simulator().options().partnerId();
    }

    protected String partnerSecret() {
        return simulator().options().partnerSecret();
    }

    /** The base URL of the local HTTP server the partner webhooks are posted to. */
    protected String localUrl() {
        return server.url();
    }

    /** Sends a body with headers to an endpoint and returns the exchange (its exception is not thrown). */
    protected Exchange call(String uri, Object body, Object... headers) {
        return TestExchanges.request(template, uri, body, headers);
    }

    /** Like {@link #call} but fails the test if the exchange failed; returns the body as {@code type}. */
    protected <T> T ok(String uri, Object body, Class<T> type, Object... headers) {
        Exchange exchange = call(uri, body, headers);
        if (exchange.getException() != null) {
            throw new AssertionError("Exchange to " + uri + " failed", exchange.getException());
        }
        return exchange.getMessage().getBody(type);
    }

    protected HttpResponse<String> post(String pathAndQuery, String body, String... headers) {
        return server.post(pathAndQuery, body, headers);
    }

    protected HttpResponse<String> send(HttpRequest request) {
        return server.send(request);
    }
}
