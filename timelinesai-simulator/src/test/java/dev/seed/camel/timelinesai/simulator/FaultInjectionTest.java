package dev.seed.camel.timelinesai.simulator;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.simulator.TrafficAdmin.Fault;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every fault kind of the admin API, its matching and how often it fires. */
class FaultInjectionTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private static List<Integer> statuses(ApiClient client, String path, int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(client.get(path).status());
        }
        return statuses;
    }

    @Test
    void latencyDelaysTheAnswerThenServesItNormally(SimulatorAdminClient admin) {
        Fault fault = admin.addFault(FaultSpec.latency(Duration.ofMillis(400)).pathPrefix("/whatsapp_accounts").times(1));
        ApiClient client = new ApiClient(SIM.simulator());

        long started = System.nanoTime();
        ApiClient.Result delayed = client.get("/whatsapp_accounts");
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMs).as("the fault's purpose is the delay").isGreaterThanOrEqualTo(400);
        assertThat(delayed.status()).isEqualTo(200);
        assertThat(delayed.data().path("whatsapp_accounts")).hasSize(3);
        assertThat(admin.faults()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(fault.id());
            assertThat(f.fired()).isEqualTo(1);
            assertThat(f.remaining()).isZero();
        });
        assertThat(client.get("/whatsapp_accounts").status()).isEqualTo(200);
        assertThat(admin.faults().get(0).fired()).isEqualTo(1);
    }

    @Test
    void statusAnswersWithTheApiErrorBody(SimulatorAdminClient admin) {
        admin.addFault(FaultSpec.status(503, "internal_error", "Down for maintenance").pathPrefix("/whatsapp"));
        ApiClient client = new ApiClient(SIM.simulator());

        ApiClient.Result r = client.get("/whatsapp_accounts");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.json().path("status").asText()).isEqualTo("error");
        assertThat(r.json().path("error_code").asText()).isEqualTo("internal_error");
        assertThat(r.json().path("message").asText()).isEqualTo("Down for maintenance");
        assertThat(client.get("/v2/whatsapp_accounts").status()).as("prefix /whatsapp does not match /v2/...").isEqualTo(200);
    }

    @Test
    void aStatusWithoutCodeAndMessageGetsTheDefaults(SimulatorAdminClient admin) {
        admin.addFault(FaultSpec.status(500));

        ApiClient.Result r = new ApiClient(SIM.simulator()).get("/whatsapp_accounts");

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().path("error_code").asText()).isEqualTo("internal_error");
        assertThat(r.json().path("message").asText()).isEqualTo("Internal server error");
    }

    @Test
    void aRateLimitBurstAnswers429ThatManyTimesWithRetryAfter(SimulatorAdminClient admin) {
        admin.addFault(FaultSpec.rateLimit(7).times(3));
        ApiClient client = new ApiClient(SIM.simulator());

        ApiClient.Result first = client.get("/whatsapp_accounts");
        List<Integer> rest = statuses(client, "/whatsapp_accounts", 3);

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.raw().headers().firstValue("Retry-After")).contains("7");
        assertThat(first.json().path("error_code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(rest).containsExactly(429, 429, 200);
        assertThat(admin.stats().tooManyRequests()).isEqualTo(3);
    }

    @Test
    void aRateLimitFaultWithoutRetryAfterSendsNoHeader(SimulatorAdminClient admin) {
        admin.addFault(FaultSpec.rateLimit(null));

        ApiClient.Result r = new ApiClient(SIM.simulator()).get("/whatsapp_accounts");

        assertThat(r.status()).isEqualTo(429);
        assertThat(r.raw().headers().firstValue("Retry-After")).isEmpty();
        assertThat(r.json().path("error_code").asText()).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void aDroppedConnectionGivesTheClientAnIoError(SimulatorAdminClient admin) {
        admin.addFault(FaultSpec.drop().method("POST").pathPrefix("/messages"));
        ApiClient client = new ApiClient(SIM.simulator());

        assertThatThrownBy(() -> client.post("/messages", "{\"phone\":\"+14155550123\",\"text\":\"hi\"}"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(admin.faults().get(0).fired()).isGreaterThanOrEqualTo(1);
        assertThat(client.get("/whatsapp_accounts").status()).as("a GET does not match").isEqualTo(200);
    }

    @Test
    void anAfterRequestLatencyServesTheRequestThenDelaysTheAnswer(SimulatorAdminClient admin) {
        admin.addFault(FaultSpec.latency(Duration.ofMillis(400)).afterRequest().pathPrefix("/whatsapp_accounts"));
        ApiClient client = new ApiClient(SIM.simulator());
        long apiCallsBefore = SIM.simulator().state().workspace().apiCallsQuota().used();

        long started = System.nanoTime();
        ApiClient.Result r = client.get("/whatsapp_accounts");
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMs).as("the fault's purpose is the delay").isGreaterThanOrEqualTo(400);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().path("whatsapp_accounts")).hasSize(3);
        assertThat(SIM.simulator().state().workspace().apiCallsQuota().used()).isEqualTo(apiCallsBefore + 1);
    }

    @Test
    void anAfterRequestDropServesTheRequestButNeverAnswers(SimulatorAdminClient admin) {
        // unlimited: the JDK client retries an idempotent GET once on a closed connection
        admin.addFault(FaultSpec.drop().afterRequest().method("GET").pathPrefix("/whatsapp_accounts"));
        ApiClient client = new ApiClient(SIM.simulator());
        long apiCallsBefore = SIM.simulator().state().workspace().apiCallsQuota().used();

        assertThatThrownBy(() -> client.get("/whatsapp_accounts")).isInstanceOf(UncheckedIOException.class);

        assertThat(SIM.simulator().state().workspace().apiCallsQuota().used())
                .as("the request was served before the connection dropped").isGreaterThan(apiCallsBefore);
        assertThat(admin.faults().get(0).definition().path("after_request").asBoolean()).isTrue();
    }

    @Test
    void aRequestDroppedBeforeItIsServedCostsNoApiCall(SimulatorAdminClient admin) {
        admin.addFault(FaultSpec.drop().method("GET").pathPrefix("/whatsapp_accounts"));
        long apiCallsBefore = SIM.simulator().state().workspace().apiCallsQuota().used();

        assertThatThrownBy(() -> new ApiClient(SIM.simulator()).get("/whatsapp_accounts"))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(SIM.simulator().state().workspace().apiCallsQuota().used()).isEqualTo(apiCallsBefore);
    }

    @Test
    void aFaultLimitedToNTimesFiresExactlyNTimes(SimulatorAdminClient admin) {
        admin.addFault(FaultSpec.status(500).times(2));

        List<Integer> results = statuses(new ApiClient(SIM.simulator()), "/whatsapp_accounts", 4);

        assertThat(results).containsExactly(500, 500, 200, 200);
        assertThat(admin.faults().get(0).fired()).isEqualTo(2);
        assertThat(admin.faults().get(0).remaining()).isZero();
    }

    @Test
    void probabilityZeroNeverFiresAndOneAlwaysFires(SimulatorAdminClient admin) {
        Fault never = admin.addFault(FaultSpec.status(502).probability(0.0).pathPrefix("/whatsapp_accounts"));
        ApiClient client = new ApiClient(SIM.simulator());
        assertThat(statuses(client, "/whatsapp_accounts", 20)).containsOnly(200);

        admin.removeFault(never.id());
        admin.addFault(FaultSpec.status(502).probability(1.0).pathPrefix("/whatsapp_accounts"));
        assertThat(statuses(client, "/whatsapp_accounts", 20)).containsOnly(502);

        assertThat(admin.faults()).singleElement().satisfies(f -> {
            assertThat(f.fired()).isEqualTo(20);
            assertThat(f.remaining()).isNull();
        });
    }

    @Test
    void rulesMatchOnMethodAndOnAWholePathRegex(SimulatorAdminClient admin) {
        admin.addFault(FaultSpec.status(418, "validation_error", "teapot").method("DELETE").pathRegex("/whatsapp_accounts"));
        admin.addFault(FaultSpec.status(404).pathRegex("/v2/.*"));
        ApiClient client = new ApiClient(SIM.simulator());

        assertThat(client.delete("/whatsapp_accounts").status()).isEqualTo(418);
        assertThat(client.get("/whatsapp_accounts").status()).isEqualTo(200);
        assertThat(client.get("/v2/whatsapp_accounts").status()).isEqualTo(404);
        assertThat(client.get("/v2/whatsapp_accounts").json().path("error_code").asText()).isEqualTo("not_found");
    }

    @Test
    void faultsCanBeRemovedOneByOneOrAllAtOnce(SimulatorAdminClient admin) {
        Fault first = admin.addFault(FaultSpec.status(500).pathPrefix("/whatsapp_accounts"));
        admin.addFault(FaultSpec.status(500).pathPrefix("/v2"));
        ApiClient client = new ApiClient(SIM.simulator());

        admin.removeFault(first.id());
        assertThat(client.get("/whatsapp_accounts").status()).isEqualTo(200);
        assertThat(client.get("/v2/whatsapp_accounts").status()).isEqualTo(500);

        admin.clearFaults();
        assertThat(admin.faults()).isEmpty();
        assertThat(client.get("/v2/whatsapp_accounts").status()).isEqualTo(200);
        assertThatThrownBy(() -> admin.removeFault(first.id()))
                .isInstanceOfSatisfying(SimulatorAdminClient.AdminException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void badFaultDefinitionsAreRefusedWithAValidationError(SimulatorAdminClient admin) {
        assertThatThrownBy(() -> admin.addFault(FaultSpec.status(200)))
                .isInstanceOfSatisfying(SimulatorAdminClient.AdminException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo("validation_error");
                });
        assertThatThrownBy(() -> admin.addFault(FaultSpec.latency(Duration.ZERO)))
                .isInstanceOf(SimulatorAdminClient.AdminException.class);
        assertThatThrownBy(() -> admin.addFault(FaultSpec.drop().pathPrefix("/a").pathRegex("/b")))
                .isInstanceOf(SimulatorAdminClient.AdminException.class);
        assertThatThrownBy(() -> admin.addFault(FaultSpec.drop().pathRegex("([")))
                .hasMessageContaining("regular expression");
        assertThatThrownBy(() -> admin.addFault(FaultSpec.drop().probability(1.5)))
                .hasMessageContaining("probability");
        assertThatThrownBy(() -> admin.addFault(FaultSpec.status(500).afterRequest()))
                .hasMessageContaining("after_request");
        ApiClient raw = new ApiClient(SIM.simulator().rootUrl() + TimelinesAiSimulator.ADMIN_PREFIX, null);
        ApiClient.Result unknownKind = raw.send(raw.builder("/faults").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"explode\"}")));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().path("message").asText()).contains("latency, status, rate_limit, drop");
        assertThat(admin.faults()).isEmpty();
    }
}
