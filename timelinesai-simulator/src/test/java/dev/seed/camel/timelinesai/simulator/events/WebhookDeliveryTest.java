package dev.seed.camel.timelinesai.simulator.events;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import dev.seed.camel.timelinesai.simulator.Seeder;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.WebhooksAdmin;
import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.WebhookReceiver;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhook delivery rules: 3 attempts on non-2xx or timeout, errors_counter, never auto-disabled, no signature. */
class WebhookDeliveryTest {
    private static final String EVENT = "whatsapp:account:connected";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.withOptions(SimulatorOptions.forTests()
            .webhookTimeout(Duration.ofMillis(1500)).webhookBackoff(Duration.ofMillis(50)).build()).resetBeforeEach();

    private WebhookReceiver receiver;
    private SimulatorState state;
    private WhatsAppAccount account;

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
        state = SIM.simulator().state();
        account = state.accountByPhone(Seeder.ACCOUNT_PHONES.get(0)).orElseThrow();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private WebhookSubscription subscribe(String url) {
        WebhookSubscription subscription = new WebhookSubscription(state.nextWebhookId(), EVENT, url, true);
        state.putWebhook(subscription);
        return subscription;
    }

    private void fire() {
        state.events().accountChanged(account, "connected");
    }

    /** Waits until the delivery to {@code subscription} made its last attempt; returns its attempts. */
    private List<DeliveryAttempt> finishedAttempts(WebhookSubscription subscription, int deliveries) {
        await().atMost(Duration.ofSeconds(15)).until(() -> attemptsOf(subscription).stream()
                .filter(DeliveryAttempt::lastAttempt).count() == deliveries);
        return attemptsOf(subscription);
    }

    private List<DeliveryAttempt> attemptsOf(WebhookSubscription subscription) {
        return SIM.simulator().dispatcher().log().all().stream()
                .filter(a -> a.subscriptionId() == subscription.id()).toList();
    }

    @Test
    void aServerErrorIsRetriedToThreeAttemptsThenCountedOnceAndNeverDisables() {
        receiver.respond(500);
        WebhookSubscription subscription = subscribe(receiver.url("/hook"));

        fire();
        List<DeliveryAttempt> attempts = finishedAttempts(subscription, 1);

        assertThat(attempts).extracting(DeliveryAttempt::attempt).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(DeliveryAttempt::statusCode).containsOnly(500);
        assertThat(attempts).extracting(DeliveryAttempt::success).containsOnly(false);
        assertThat(receiver.requests()).hasSize(3);
        assertThat(subscription.errorsCounter()).isEqualTo(1);
        assertThat(subscription.enabled()).isTrue();

        fire();
        finishedAttempts(subscription, 2);
        assertThat(subscription.errorsCounter()).isEqualTo(2);
        assertThat(receiver.requests()).hasSize(6);

        receiver.respond(200);
        fire();
        finishedAttempts(subscription, 3);
        assertThat(subscription.errorsCounter()).isZero();
        assertThat(receiver.requests()).hasSize(7);
        assertThat(SIM.simulator().dispatcher().failed()).isEqualTo(2);
        assertThat(SIM.simulator().dispatcher().delivered()).isEqualTo(1);
    }

    @Test
    void aSuccessOnTheLastAttemptCountsNoFailure() {
        receiver.respondInTurn(500, 502, 204);
        WebhookSubscription subscription = subscribe(receiver.url("/hook"));

        fire();
        List<DeliveryAttempt> attempts = finishedAttempts(subscription, 1);

        assertThat(attempts).extracting(DeliveryAttempt::statusCode).containsExactly(500, 502, 204);
        assertThat(attempts.get(2).success()).isTrue();
        assertThat(subscription.errorsCounter()).isZero();
        assertThat(receiver.requests()).extracting(WebhookReceiver.Received::body).containsOnly(receiver.requests().get(0).body());
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsRetriedLikeAnError() {
        receiver.delay(Duration.ofMillis(4000));
        WebhookSubscription subscription = subscribe(receiver.url("/slow"));

        fire();
        List<DeliveryAttempt> attempts = finishedAttempts(subscription, 1);

        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(DeliveryAttempt::statusCode).containsOnlyNulls();
        assertThat(attempts).extracting(DeliveryAttempt::error).allMatch(e -> e.contains("TimeoutException"));
        assertThat(subscription.errorsCounter()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requests().size() == 3);
    }

    @Test
    void aRefusedConnectionIsRetriedLikeAnError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WebhookSubscription subscription = subscribe("http://127.0.0.1:" + closedPort + "/hook");

        fire();
        List<DeliveryAttempt> attempts = finishedAttempts(subscription, 1);

        assertThat(attempts).hasSize(3).allSatisfy(a -> assertThat(a.error()).isNotBlank());
        assertThat(subscription.errorsCounter()).isEqualTo(1);
    }

    @Test
    void disabledAndDeletedSubscriptionsGetNothing() {
        WebhookSubscription enabled = subscribe(receiver.url("/on"));
        WebhookSubscription disabled = subscribe(receiver.url("/off"));
        disabled.setEnabled(false);
        WebhookSubscription deleted = subscribe(receiver.url("/gone"));
        deleted.setDeleted(true);

        fire();
        finishedAttempts(enabled, 1);

        assertThat(receiver.requestsTo("/on")).hasSize(1);
        assertThat(receiver.requestsTo("/off")).isEmpty();
        assertThat(receiver.requestsTo("/gone")).isEmpty();
        assertThat(SIM.simulator().dispatcher().log().all()).extracting(DeliveryAttempt::subscriptionId)
                .containsOnly(enabled.id());
    }

    @Test
    void resetStopsDeliveriesUnderWay() {
        receiver.respond(500).delay(Duration.ofMillis(300));
        WebhookSubscription old = subscribe(receiver.url("/old"));
        fire();
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requestsTo("/old").size() == 1);

        SIM.simulator().reset();

        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() ->
                receiver.requestsTo("/old").size() == 1 && attemptsOf(old).isEmpty());
        assertThat(old.errorsCounter()).isZero();
        assertThat(SIM.simulator().dispatcher().failed()).isZero();
    }

    @Test
    void aSubscriptionDisabledBetweenAttemptsGetsNoFurtherAttempt() {
        receiver.respond(500).delay(Duration.ofMillis(300));
        WebhookSubscription subscription = subscribe(receiver.url("/flaky"));
        fire();
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requestsTo("/flaky").size() == 1);

        subscription.setEnabled(false);

        await().atMost(Duration.ofSeconds(5)).until(() -> attemptsOf(subscription).size() == 1);
        await().during(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(5)).until(() ->
                receiver.requestsTo("/flaky").size() == 1 && attemptsOf(subscription).size() == 1);
        assertThat(subscription.errorsCounter()).isZero();
    }

    @Test
    void aDeliveryIsAPlainJsonPostWithoutSignatureOrAuthHeaders() {
        WebhookSubscription subscription = subscribe(receiver.url("/hook/tl?secret=s3cr3t"));

        fire();
        finishedAttempts(subscription, 1);

        WebhookReceiver.Received request = receiver.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hook/tl");
        assertThat(request.query()).isEqualTo("secret=s3cr3t");
        assertThat(request.headers().get("content-type")).startsWith("application/json");
        assertThat(request.headers().get("user-agent")).isNotBlank().doesNotContain("Java-http-client");
        assertThat(request.headers().keySet()).noneMatch(h -> h.equals("authorization") || h.contains("signature")
                || h.startsWith("x-tl-") || h.contains("hmac"));
        assertThat(request.json().path("event_type").asText()).isEqualTo(EVENT);
        assertThat(request.json().has("data")).isFalse();
        assertThat(request.json().path("whatsapp_account").path("id").asText()).isEqualTo(account.id());
    }

    @Test
    void theAdminDeliveryLogListsAttemptsByEventType() {
        WebhookSubscription subscription = subscribe(receiver.url("/hook"));
        state.putWebhook(new WebhookSubscription(state.nextWebhookId(), "whatsapp:account:suspended", receiver.url("/other"), true));
        SimulatorAdminClient admin = SIM.simulator().admin();

        fire();
        state.events().accountChanged(account, "suspended");
        await().atMost(Duration.ofSeconds(10)).until(() -> admin.deliveries().size() == 2);

        List<WebhooksAdmin.Delivery> connected = admin.deliveries(EVENT);
        assertThat(connected).singleElement().satisfies(d -> {
            assertThat(d.subscriptionId()).isEqualTo(subscription.id());
            assertThat(d.url()).isEqualTo(receiver.url("/hook"));
            assertThat(d.statusCode()).isEqualTo(200);
            assertThat(d.success()).isTrue();
            assertThat(d.lastAttempt()).isTrue();
            assertThat(d.attempt()).isEqualTo(1);
            assertThat(d.payload().path("event_type").asText()).isEqualTo(EVENT);
            assertThat(d.finishedAt()).isAfterOrEqualTo(d.startedAt());
        });
        assertThat(admin.deliveries("whatsapp:account:suspended")).singleElement()
                .satisfies(d -> assertThat(d.eventType()).isEqualTo("whatsapp:account:suspended"));
        assertThat(admin.stats().deliveriesOk()).isEqualTo(2);
    }
}
