package dev.seed.camel.timelinesai.simulator;

import dev.seed.camel.timelinesai.simulator.api.WebhookEventTypes;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.seed.camel.timelinesai.simulator.WorkspaceApiTest.assertValidationError;
import static org.assertj.core.api.Assertions.assertThat;

/** Webhook subscription management: idempotent create, the cap of ten, partial update, delete and validation. */
class WebhooksApiTest {
    private static final String HOOK = "https://hooks.acme.example/timelines?secret=s3cr3t";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private ApiClient api() {
        return new ApiClient(SIM.simulator());
    }

    private ApiClient.Result create(String eventType, String url) {
        return api().post("/webhooks", "{\"event_type\":\"" + eventType + "\",\"url\":\"" + url + "\"}");
    }

    private long createId(String eventType, String url) {
        return create(eventType, url).data().get("id").asLong();
    }

    @Test
    void createAnswersTheNewSubscription() {
        ApiClient.Result r = create("message:received:new", HOOK);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("id").isIntegralNumber()).isTrue();
        assertThat(r.data().get("event_type").asText()).isEqualTo("message:received:new");
        assertThat(r.data().get("url").asText()).isEqualTo(HOOK);
        assertThat(r.data().get("enabled").asBoolean()).isTrue();
        assertThat(r.data().get("errors_counter").asInt()).isZero();
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void createMayStartDisabled() {
        ApiClient.Result r = api().post("/webhooks",
                "{\"event_type\":\"chat:new\",\"url\":\"http://localhost:9000/hook\",\"enabled\":false}");

        assertThat(r.data().get("enabled").asBoolean()).isFalse();
        assertThat(SIM.simulator().state().subscribers("chat:new")).isEmpty();
    }

    @Test
    void everyEventTypeOfTheEnumIsAccepted() {
        assertThat(WebhookEventTypes.ALL).hasSize(32).doesNotHaveDuplicates();
        for (int i = 0; i < WebhookEventTypes.ALL.size(); i++) {
            String type = WebhookEventTypes.ALL.get(i);
            ApiClient.Result r = create(type, "https://h.example/" + i);
            assertThat(r.status()).as(type).isEqualTo(200);
            SIM.simulator().state().webhook(r.data().get("id").asLong()).orElseThrow().setDeleted(true);
        }
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void listIsOrderedByIdAndLeavesDeletedOut() {
        long first = createId("message:new", HOOK);
        long second = createId("chat:new", HOOK);
        long third = createId("call:incoming:missed", HOOK);
        api().delete("/webhooks/" + second);

        ApiClient.Result r = api().get("/webhooks");

        assertThat(r.data().isArray()).isTrue();
        assertThat(r.data().findValuesAsText("id")).containsExactly(String.valueOf(first), String.valueOf(third));
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void createIsIdempotentForAnActiveMatch() {
        long id = createId("message:new", HOOK);

        ApiClient.Result again = create("message:new", HOOK);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.data().get("id").asLong()).isEqualTo(id);
        assertThat(again.data().get("enabled").asBoolean()).isTrue();
        assertThat(SIM.simulator().state().webhooks()).hasSize(1);
    }

    @Test
    void createReEnablesADisabledMatch() {
        long id = createId("message:new", HOOK);
        api().put("/webhooks/" + id, "{\"enabled\":false}");

        ApiClient.Result again = create("message:new", HOOK);

        assertThat(again.data().get("id").asLong()).isEqualTo(id);
        assertThat(again.data().get("enabled").asBoolean()).isTrue();
        assertThat(SIM.simulator().state().webhooks()).hasSize(1);
    }

    @Test
    void createRestoresADeletedMatch() {
        long id = createId("message:new", HOOK);
        api().put("/webhooks/" + id, "{\"enabled\":false}");
        api().delete("/webhooks/" + id);

        ApiClient.Result again = create("message:new", HOOK);

        assertThat(again.data().get("id").asLong()).isEqualTo(id);
        assertThat(again.data().get("enabled").asBoolean()).isTrue();
        assertThat(api().get("/webhooks/" + id).status()).isEqualTo(200);
    }

    @Test
    void createWithoutAMatchMakesANewSubscription() {
        long id = createId("message:new", HOOK);

        long otherUrl = createId("message:new", HOOK + "&x=1");
        long otherType = createId("message:sent:new", HOOK);

        assertThat(otherUrl).isNotEqualTo(id);
        assertThat(otherType).isNotIn(id, otherUrl);
        assertThat(SIM.simulator().state().webhooks()).hasSize(3);
    }

    @Test
    void aWorkspaceHoldsAtMostTenSubscriptions() {
        for (int i = 0; i < 10; i++) {
            assertThat(create("message:new", "https://h.example/" + i).status()).isEqualTo(200);
        }

        ApiClient.Result eleventh = create("message:new", "https://h.example/10");
        ApiClient.Result existing = create("message:new", "https://h.example/3");

        assertThat(eleventh.status()).isEqualTo(403);
        assertThat(eleventh.json().get("error_code").asText()).isEqualTo("plan_feature_unavailable");
        assertThat(eleventh.json().get("message").asText()).isEqualTo("Webhooks limit reached (10)");
        assertThat(existing.status()).isEqualTo(200);
        assertThat(SIM.simulator().state().webhooks()).hasSize(10);
    }

    @Test
    void restoringADeletedSubscriptionCountsAgainstTheCap() {
        long deleted = createId("message:new", "https://h.example/gone");
        api().delete("/webhooks/" + deleted);
        for (int i = 0; i < 10; i++) {
            create("message:new", "https://h.example/" + i);
        }

        ApiClient.Result restore = create("message:new", "https://h.example/gone");
        api().delete("/webhooks/" + createIdOfFirst());
        ApiClient.Result restoreWithRoom = create("message:new", "https://h.example/gone");

        assertThat(restore.status()).isEqualTo(403);
        assertThat(restoreWithRoom.status()).isEqualTo(200);
        assertThat(restoreWithRoom.data().get("id").asLong()).isEqualTo(deleted);
    }

    private long createIdOfFirst() {
        return SIM.simulator().state().webhooks().get(0).id();
    }

    @Test
    void getShowsTheErrorsCounterOfTheRecord() {
        long id = createId("message:new", HOOK);
        WebhookSubscription record = SIM.simulator().state().webhook(id).orElseThrow();
        record.recordFailure();
        record.recordFailure();

        ApiClient.Result r = api().get("/webhooks/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("errors_counter").asInt()).isEqualTo(2);
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void putChangesOnlyTheGivenFields() {
        long id = createId("message:new", HOOK);

        ApiClient.Result disable = api().put("/webhooks/" + id, "{\"enabled\":false}");
        ApiClient.Result retarget = api().put("/webhooks/" + id,
                "{\"url\":\"https://other.example/h\",\"event_type\":\"chat:incoming:new\"}");
        ApiClient.Result nothing = api().put("/webhooks/" + id, "{}");

        assertThat(disable.data().get("enabled").asBoolean()).isFalse();
        assertThat(disable.data().get("url").asText()).isEqualTo(HOOK);
        assertThat(retarget.data().get("url").asText()).isEqualTo("https://other.example/h");
        assertThat(retarget.data().get("event_type").asText()).isEqualTo("chat:incoming:new");
        assertThat(retarget.data().get("enabled").asBoolean()).isFalse();
        assertThat(nothing.data()).isEqualTo(retarget.data());
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void putMayNotDuplicateAnotherSubscription() {
        createId("message:new", HOOK);
        long other = createId("chat:new", HOOK);

        ApiClient.Result r = api().put("/webhooks/" + other, "{\"event_type\":\"message:new\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error_code").asText()).isEqualTo("validation_error");
        assertThat(SIM.simulator().state().webhook(other).orElseThrow().eventType()).isEqualTo("chat:new");
    }

    @Test
    void deleteStopsDeliveriesAndHidesTheSubscription() {
        long id = createId("message:new", HOOK);

        ApiClient.Result r = api().delete("/webhooks/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).as("the spec declares no body").isEmpty();
        assertThat(SIM.simulator().state().subscribers("message:new")).isEmpty();
        assertThat(api().get("/webhooks/" + id).status()).isEqualTo(404);
        assertThat(api().delete("/webhooks/" + id).status()).isEqualTo(404);
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).filteredOn(v -> v.status() == 200).isEmpty();
    }

    @Test
    void unknownSubscriptionsAreNotFound() {
        for (ApiClient.Result r : new ApiClient.Result[] {api().get("/webhooks/123"), api().put("/webhooks/123", "{}"),
                api().delete("/webhooks/123")}) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("error_code").asText()).isEqualTo("not_found");
            assertThat(r.json().get("message").asText()).isEqualTo("Webhook id \"123\" not found");
        }
        assertThat(api().get("/webhooks/abc").json().get("message").asText()).isEqualTo("Webhook id \"abc\" not found");
    }

    @Test
    void oldAndUnknownEventTypesAreRefused() {
        assertValidationError(create("chat:created", HOOK), "event_type");
        assertValidationError(create("MESSAGE:NEW", HOOK), "event_type");
        assertValidationError(api().post("/webhooks", "{\"url\":\"" + HOOK + "\"}"), "event_type");
        assertValidationError(api().post("/webhooks", "{\"event_type\":1,\"url\":\"" + HOOK + "\"}"), "event_type");
        long id = createId("message:new", HOOK);
        assertValidationError(api().put("/webhooks/" + id, "{\"event_type\":\"chat:assigned\"}"), "event_type");
        assertThat(SIM.simulator().state().webhooks()).hasSize(1);
    }

    @Test
    void malformedUrlsAreRefused() {
        assertValidationError(api().post("/webhooks", "{\"event_type\":\"message:new\"}"), "url");
        assertValidationError(create("message:new", "ftp://files.example/hook"), "url");
        assertValidationError(create("message:new", "hooks.example/no-scheme"), "url");
        assertValidationError(create("message:new", "https://us+er:pa=ss@hooks.example/h"), "url");
        assertValidationError(create("message:new", "https://hooks.example/with space"), "url");
        assertValidationError(create("message:new", "http://:80/nohost"), "url");
        assertValidationError(create("message:new", "https://hooks.example/" + "p".repeat(4076)), "url");
        assertValidationError(create("message:new", "https://hooks.example/a\\u0000"), "url");
        assertValidationError(api().post("/webhooks", "{\"event_type\":\"message:new\",\"url\":[\"x\"]}"), "url");
        long id = createId("message:new", HOOK);
        assertValidationError(api().put("/webhooks/" + id, "{\"url\":\"mailto:ops@acme.example\"}"), "url");
        assertThat(SIM.simulator().state().webhook(id).orElseThrow().url()).isEqualTo(HOOK);
    }

    @Test
    void aUrlOfExactly4096CharactersIsAccepted() {
        String url = "https://hooks.example/" + "p".repeat(4074);

        assertThat(url).hasSize(4096);
        assertThat(create("message:new", url).status()).isEqualTo(200);
    }

    @Test
    void enabledMustBeABoolean() {
        assertValidationError(api().post("/webhooks",
                "{\"event_type\":\"message:new\",\"url\":\"" + HOOK + "\",\"enabled\":\"yes\"}"), "enabled");
        long id = createId("message:new", HOOK);
        assertValidationError(api().put("/webhooks/" + id, "{\"enabled\":1}"), "enabled");
    }

    @Test
    void trailingSlashGetsTheHtmlNotFoundPage() {
        ApiClient.Result r = api().get("/webhooks/");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("<html>");
    }
}
