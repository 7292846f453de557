package dev.seed.camel.timelinesai.springboot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.partner.PartnerSimulation;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The component's health checks through Spring Boot's actuator (camel-spring-boot's Camel health indicator):
 * {@code /actuator/health} is UP against the simulator, DOWN with the reason after the token is revoked or every
 * account disconnected, and UP again after recovery.
 */
@SpringBootTest(classes = { TimelinesAiBootApplication.class, ActuatorHealthTest.HealthRoutes.class },
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = { "management.endpoints.web.exposure.include=health",
            "management.endpoint.health.show-details=always", "camel.health.enabled=true" })
class ActuatorHealthTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create();
    private final HttpClient http = HttpClient.newHttpClient();

    /** A producer whose readiness read may be refreshed every 100 ms (the shortest interval of a shared read wins). */
    @Configuration
    static class HealthRoutes {
        @Bean
        RouteBuilder healthRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:health-send").to("timelinesai:messages/send?healthCheckInterval=100");
                }
            };
        }
    }

    @BeforeAll
    static void pointThePropertiesAtTheSimulator() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            System.setProperty("test.server.port", String.valueOf(socket.getLocalPort()));
        }
        System.setProperty("test.simulator.base-url", SIMULATOR.baseUrl());
        System.setProperty("test.simulator.token", SIMULATOR.token());
        System.setProperty("test.simulator.partner-url", SIMULATOR.simulator().rootUrl() + PartnerSimulation.PREFIX);
        System.setProperty("test.simulator.partner-id", SIMULATOR.simulator().options().partnerId());
        System.setProperty("test.simulator.partner-secret", SIMULATOR.simulator().options().partnerSecret());
    }

    private HttpResponse<String> health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty("test.server.port")
                + "/actuator/health")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHealth(int status, String... fragments) {
        await().atMost(20, SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            HttpResponse<String> response = health();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
            assertThat(response.body()).contains(fragments);
        });
    }

    @Test
    void actuatorHealthFollowsTheTokenAndTheAccounts() {
        SimulatorAdminClient admin = SIMULATOR.simulator().admin();
        awaitHealth(200, "timelinesai");

        admin.setTokenValid(false);
        awaitHealth(503, "The API token was refused (HTTP 401 invalid_token)");
        admin.setTokenValid(true);
        awaitHealth(200, "timelinesai");

        admin.setAllAccountsConnected(false);
        awaitHealth(503, "No WhatsApp account is connected");
        admin.setAllAccountsConnected(true);
        awaitHealth(200, "timelinesai");
    }
}
