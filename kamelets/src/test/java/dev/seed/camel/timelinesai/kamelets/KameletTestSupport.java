package dev.seed.camel.timelinesai.kamelets;

import java.util.Properties;

import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.partner.PartnerSimulation;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the Kamelet tests: a plain CamelContext (no component configured by hand: the Kamelets carry all their
 * settings), the Kamelets found on the classpath by camel-kamelet, the simulator on a free port, and a Vert.x
 * platform-http server on another for the webhook paths. The simulator's URL and secrets reach the routes as
 * property placeholders {@code {{sim.*}}}.
 */
public abstract class KameletTestSupport extends CamelTestSupport {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    // CamelTestSupport asks for the override properties while it is being constructed: the port is taken lazily
    private int port;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port());
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.setProperty("sim.url", SIMULATOR.baseUrl());
        p.setProperty("sim.token", SIMULATOR.token());
        p.setProperty("sim.partnerUrl", simulator().rootUrl() + PartnerSimulation.PREFIX);
        p.setProperty("sim.partnerId", simulator().options().partnerId());
        p.setProperty("sim.partnerSecret", simulator().options().partnerSecret());
        p.setProperty("local.url", localUrl());
        return p;
    }

    protected TimelinesAiSimulator simulator() {
        return SIMULATOR.simulator();
    }

    protected SimulatorAdminClient admin() {
        return simulator().admin();
    }

    /** The base URL of the local HTTP server, where TimelinesAI (the simulator) delivers webhooks. */
    protected String localUrl() {
        return "http://127.0.0.1:" + port();
    }

    protected int port() {
        if (port == 0) {
            port = AvailablePortFinder.getNextAvailable();
        }
        return port;
    }
}
