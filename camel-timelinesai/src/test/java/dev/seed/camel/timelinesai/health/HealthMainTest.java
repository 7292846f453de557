package dev.seed.camel.timelinesai.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.simulator.Seeder;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.WebhooksAdmin;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Camel Main application with camel-health and the embedded HTTP servers: {@code /observe/health} follows the
 * token, the WhatsApp accounts and the webhook subscriptions at the simulator, and liveness never does.
 */
class HealthMainTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create().resetBeforeEach();
    private static final String SECRET = "health-secret-0123456789";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int serverPort = AvailablePortFinder.getNextAvailable();
    private final int managementPort = AvailablePortFinder.getNextAvailable();
    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    private void start(String eventsOptions) throws Exception {
        main = new Main();
        main.addInitialProperty("camel.component.timelinesai.baseUrl", SIMULATOR.baseUrl());
        main.addInitialProperty("camel.component.timelinesai.token", SIMULATOR.token());
        main.addInitialProperty("camel.health.enabled", "true");
        main.addInitialProperty("camel.health.exposureLevel", "full");
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.host", "127.0.0.1");
        main.addInitialProperty("camel.server.port", String.valueOf(serverPort));
        main.addInitialProperty("camel.management.enabled", "true");
        main.addInitialProperty("camel.management.host", "127.0.0.1");
        main.addInitialProperty("camel.management.port", String.valueOf(managementPort));
        main.addInitialProperty("camel.management.healthCheckEnabled", "true");
        String events = "timelinesai:events?eventTypes=message:received:new,chat:new&webhookPath=/hooks/in"
                + "&webhookExternalUrl=http://127.0.0.1:" + serverPort + "&webhookSecret=" + SECRET
                + "&healthCheckInterval=100" + eventsOptions;
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("timelinesai:messages/send?healthCheckInterval=100");
                from(events).routeId("events").to("mock:events");
            }
        });
        main.start();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHealth(int status, String... fragments) {
        await().atMost(20, SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            HttpResponse<String> response = get("/observe/health?exposureLevel=full&data=true");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
            assertThat(response.body()).contains(fragments);
        });
    }

    @Test
    void readinessFollowsTheTokenAndTheAccountsWhileLivenessStaysUp() throws Exception {
        start("");
        SimulatorAdminClient admin = SIMULATOR.simulator().admin();
        awaitHealth(200, "\"timelinesai\"", Seeder.ACCOUNT_PHONES.get(0), "timelinesai.quota.messaging.left");

        admin.setTokenValid(false);
        awaitHealth(503, "The API token was refused (HTTP 401 invalid_token)");
        assertThat(get("/observe/health/live").statusCode()).isEqualTo(200);
        admin.setTokenValid(true);
        awaitHealth(200, "\"timelinesai\"");

        admin.setAllAccountsConnected(false);
        awaitHealth(503, "No WhatsApp account is connected (disconnected: " + Seeder.ACCOUNT_PHONES.get(0));
        assertThat(get("/observe/health/live").statusCode()).isEqualTo(200);
        admin.setAllAccountsConnected(true);
        awaitHealth(200, "\"timelinesai\"");
    }

    @Test
    void aDisabledSubscriptionIsDownWhenRepairIsOff() throws Exception {
        start("&webhookRepair=false");
        SimulatorAdminClient admin = SIMULATOR.simulator().admin();
        awaitHealth(200, "timelinesai.subscription.chat:new", "errors_counter=0");
        long id = subscriptions().stream().filter(w -> w.eventType().equals("chat:new")).findFirst().orElseThrow().id();

        admin.setWebhookEnabled(id, false);
        awaitHealth(503, "Webhook subscriptions missing or disabled at TimelinesAI: chat:new disabled");
        admin.deleteWebhook(id);
        awaitHealth(503, "chat:new missing");
        assertThat(get("/observe/health?exposureLevel=full&data=true").body()).doesNotContain(SECRET);
    }

    @Test
    void deletedAndDisabledSubscriptionsAreRepaired() throws Exception {
        start("");
        SimulatorAdminClient admin = SIMULATOR.simulator().admin();
        awaitHealth(200, "timelinesai.subscription.chat:new");
        long chatNew = subscriptions().stream().filter(w -> w.eventType().equals("chat:new")).findFirst()
                .orElseThrow().id();
        long received = subscriptions().stream().filter(w -> w.eventType().equals("message:received:new"))
                .findFirst().orElseThrow().id();

        admin.deleteWebhook(chatNew);
        admin.setWebhookEnabled(received, false);
        await().atMost(20, SECONDS).untilAsserted(() -> assertThat(subscriptions())
                .filteredOn(WebhookInfo::enabled).extracting(WebhookInfo::eventType)
                .containsExactlyInAnyOrder("chat:new", "message:received:new"));
        awaitHealth(200, "\"timelinesai.subscription.chat:new\":\"enabled",
                "\"timelinesai.subscription.message:received:new\":\"enabled");
        assertThat(TimelinesAiHealth.watchOf((dev.seed.camel.timelinesai.TimelinesAiEndpoint) main.getCamelContext()
                .getRoute("events").getEndpoint()).getRepairs()).isGreaterThanOrEqualTo(2);

        admin.injectInbound("+34600111222", "Ana", "hola");
        await().atMost(20, SECONDS).until(() -> admin.deliveries("message:received:new").stream()
                .anyMatch(WebhooksAdmin.Delivery::success));
    }

    private List<WebhookInfo> subscriptions() {
        return main.getCamelContext().createFluentProducerTemplate().to("timelinesai:webhooks/list")
                .request(List.class);
    }
}
