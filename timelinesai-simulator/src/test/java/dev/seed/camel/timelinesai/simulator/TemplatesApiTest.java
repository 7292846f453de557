package dev.seed.camel.timelinesai.simulator;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.TextTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.seed.camel.timelinesai.simulator.WorkspaceApiTest.assertValidationError;
import static org.assertj.core.api.Assertions.assertThat;

/** Text templates: CRUD, ordering, teams, usage tracking and the legacy v2 endpoints. */
class TemplatesApiTest {
    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private ApiClient api() {
        return new ApiClient(SIM.simulator());
    }

    private long create(String name) {
        return api().post("/templates", "{\"name\":\"" + name + "\",\"text\":\"Hello {{name}}\"}").data().get("id").asLong();
    }

    private TextTemplate stored(long id) {
        return SIM.simulator().state().template(id).orElseThrow();
    }

    @Test
    void createAnswersTheTemplateWithDefaults() {
        ApiClient.Result r = api().post("/templates", "{\"name\":\"Greeting\",\"text\":\"Hello\\nthere\"}");

        assertThat(r.status()).isEqualTo(200);
        JsonNode t = r.data();
        assertThat(t.get("id").isIntegralNumber()).isTrue();
        assertThat(t.get("name").asText()).isEqualTo("Greeting");
        assertThat(t.get("text").asText()).isEqualTo("Hello\nthere");
        assertThat(t.get("visibility").asText()).isEqualTo("public");
        assertThat(t.get("team_title").isNull()).isTrue();
        assertThat(t.get("created_by_name").asText()).isEqualTo("Alice Owner");
        assertThat(t.get("updated_by_name").asText()).isEqualTo("Alice Owner");
        assertThat(t.get("created_at").asText()).matches(ISO);
        assertThat(t.get("updated_at").asText()).isEqualTo(t.get("created_at").asText());
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void createTakesVisibilityAndAnExistingTeam() {
        ApiClient.Result support = api().post("/templates",
                "{\"name\":\"Refund\",\"text\":\"We refunded you\",\"visibility\":\"read-only\",\"team_title\":\"support\"}");
        ApiClient.Result defaultTeam = api().post("/templates",
                "{\"name\":\"Hi\",\"text\":\"Hi\",\"visibility\":\"private\",\"team_title\":\"Default\"}");
        ApiClient.Result allTeams = api().post("/templates", "{\"name\":\"Bye\",\"text\":\"Bye\",\"team_title\":null}");

        assertThat(support.data().get("visibility").asText()).isEqualTo("read-only");
        assertThat(support.data().get("team_title").asText()).isEqualTo("Support");
        assertThat(defaultTeam.data().get("visibility").asText()).isEqualTo("private");
        assertThat(defaultTeam.data().get("team_title").asText()).isEqualTo("Default");
        assertThat(allTeams.data().get("team_title").isNull()).isTrue();
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void duplicateNamesAreAllowed() {
        long first = create("Same");
        long second = create("Same");

        assertThat(second).isNotEqualTo(first);
        assertThat(api().get("/templates").data().get("templates_count").asInt()).isEqualTo(2);
    }

    @Test
    void listIsNewestUpdateFirst() {
        long old = create("Old");
        long middle = create("Middle");
        long recent = create("Recent");
        stored(old).touch("Bob Admin", Instant.now().plusSeconds(60));
        stored(recent).touch("Bob Admin", Instant.now().minusSeconds(60));

        ApiClient.Result r = api().get("/templates");

        assertThat(r.data().get("templates_count").asInt()).isEqualTo(3);
        assertThat(r.data().get("templates").findValuesAsText("id"))
                .containsExactly(String.valueOf(old), String.valueOf(middle), String.valueOf(recent));
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void anEmptyWorkspaceListsNoTemplates() {
        ApiClient.Result r = api().get("/templates");

        assertThat(r.data().get("templates_count").asInt()).isZero();
        assertThat(r.data().get("templates")).isEmpty();
    }

    @Test
    void getAnswersOneTemplate() {
        long id = create("One");

        ApiClient.Result r = api().get("/templates/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("name").asText()).isEqualTo("One");
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndMovesUpdatedAt() {
        long id = api().post("/templates", "{\"name\":\"Draft\",\"text\":\"v1\",\"team_title\":\"Support\"}")
                .data().get("id").asLong();
        stored(id).touch("Bob Admin", Instant.parse("2026-01-01T00:00:00Z"));

        ApiClient.Result renamed = api().patch("/templates/" + id, "{\"name\":\"Final\"}");
        ApiClient.Result reset = api().patch("/templates/" + id, "{\"team_title\":null,\"visibility\":\"private\"}");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.data().get("name").asText()).isEqualTo("Final");
        assertThat(renamed.data().get("text").asText()).isEqualTo("v1");
        assertThat(renamed.data().get("team_title").asText()).isEqualTo("Support");
        assertThat(renamed.data().get("updated_by_name").asText()).isEqualTo("Alice Owner");
        assertThat(renamed.data().get("updated_at").asText()).isNotEqualTo("2026-01-01T00:00:00Z").matches(ISO);
        assertThat(reset.data().get("team_title").isNull()).isTrue();
        assertThat(reset.data().get("visibility").asText()).isEqualTo("private");
        assertThat(reset.data().get("name").asText()).isEqualTo("Final");
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void anEmptyPatchChangesNothing() {
        long id = create("Same");
        stored(id).touch("Bob Admin", Instant.parse("2026-01-01T00:00:00Z"));

        ApiClient.Result r = api().patch("/templates/" + id, "{}");

        assertThat(r.data().get("updated_at").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(r.data().get("updated_by_name").asText()).isEqualTo("Bob Admin");
    }

    @Test
    void deleteRemovesTheTemplate() {
        long id = create("Gone");

        ApiClient.Result r = api().delete("/templates/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).as("the spec declares no body").isEmpty();
        assertThat(api().get("/templates/" + id).status()).isEqualTo(404);
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).filteredOn(v -> v.status() != 404).isEmpty();
    }

    @Test
    void trackUsageCountsEveryCall() {
        long id = create("Used");

        ApiClient.Result withOrigin = api().post("/templates/" + id + "/track_usage", "{\"origin\":\"Chat View\"}");
        ApiClient.Result withoutBody = api().send(api().builder("/templates/" + id + "/track_usage")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(withOrigin.status()).isEqualTo(200);
        assertThat(withoutBody.status()).isEqualTo(200);
        assertThat(withOrigin.body()).as("the spec declares no body").isEmpty();
        assertThat(stored(id).usageCount()).isEqualTo(2);
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void unknownTemplatesAreNotFound() {
        for (ApiClient.Result r : new ApiClient.Result[] {api().get("/templates/999"),
                api().patch("/templates/999", "{\"name\":\"x\"}"), api().delete("/templates/999"),
                api().post("/templates/999/track_usage", "{}")}) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().get("error_code").asText()).isEqualTo("not_found");
            assertThat(r.json().get("message").asText()).isEqualTo("Template id \"999\" not found");
        }
        assertThat(api().get("/templates/abc").status()).isEqualTo(404);
    }

    @Test
    void badTemplatesAreValidationErrors() {
        assertValidationError(api().post("/templates", "{\"text\":\"t\"}"), "name");
        assertValidationError(api().post("/templates", "{\"name\":\"\",\"text\":\"t\"}"), "name");
        assertValidationError(api().post("/templates", "{\"name\":\"" + "n".repeat(161) + "\",\"text\":\"t\"}"), "name");
        assertValidationError(api().post("/templates", "{\"name\":\"n\"}"), "text");
        assertValidationError(api().post("/templates", "{\"name\":\"n\",\"text\":\"" + "t".repeat(4097) + "\"}"), "text");
        assertValidationError(api().post("/templates", "{\"name\":\"n\\u0000\",\"text\":\"t\"}"), "name");
        assertValidationError(api().post("/templates", "{\"name\":\"n\",\"text\":5}"), "text");
        assertValidationError(api().post("/templates", "{\"name\":\"n\",\"text\":\"t\",\"visibility\":\"secret\"}"), "visibility");
        assertValidationError(api().post("/templates", "{\"name\":\"n\",\"text\":\"t\",\"team_title\":\"Nowhere\"}"), "team_title");
        long id = create("Valid");
        assertValidationError(api().patch("/templates/" + id, "{\"name\":null}"), "name");
        assertValidationError(api().patch("/templates/" + id, "{\"text\":\"\"}"), "text");
        assertValidationError(api().patch("/templates/" + id, "{\"visibility\":\"PUBLIC\"}"), "visibility");
        assertValidationError(api().post("/templates/" + id + "/track_usage", "{\"origin\":3}"), "origin");
        assertThat(stored(id).name()).isEqualTo("Valid");
        assertThat(stored(id).usageCount()).isZero();
    }

    @Test
    void maximumLengthsAreAccepted() {
        ApiClient.Result r = api().post("/templates",
                "{\"name\":\"" + "n".repeat(160) + "\",\"text\":\"" + "t".repeat(4096) + "\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    // ---- /v2/templates -----------------------------------------------------------------------------

    @Test
    void v2ListsTheLegacyRicherShape() {
        long shared = create("Shared");
        long scoped = api().post("/templates", "{\"name\":\"Scoped\",\"text\":\"x\",\"team_title\":\"Support\"}")
                .data().get("id").asLong();
        stored(shared).touch("Bob Admin", Instant.parse("2026-07-17T09:00:42Z"));

        ApiClient.Result r = api().get("/v2/templates");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("templates_count").asInt()).isEqualTo(2);
        JsonNode first = r.data().get("templates").get(0);
        JsonNode second = r.data().get("templates").get(1);
        assertThat(first.get("id").asLong()).isEqualTo(scoped);
        assertThat(first.get("team_any").asBoolean()).isFalse();
        assertThat(first.get("team").isIntegralNumber()).isTrue();
        assertThat(first.get("can_be_edited").asBoolean()).isTrue();
        assertThat(first.get("can_be_deleted").asBoolean()).isTrue();
        assertThat(first.get("sample_data").isObject()).isTrue();
        assertThat(first.get("variable_source").isIntegralNumber()).isTrue();
        assertThat(first.get("updated_at").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(second.get("id").asLong()).isEqualTo(shared);
        assertThat(second.get("team_any").asBoolean()).isTrue();
        assertThat(second.get("team").isNull()).isTrue();
        assertThat(second.get("updated_at").asText()).isEqualTo("2026-07-17 09:00");
        assertThat(second.get("updated_by_name").asText()).isEqualTo("Bob Admin");
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void v2TeamIdsAreStablePerTeam() {
        api().post("/templates", "{\"name\":\"A\",\"text\":\"x\",\"team_title\":\"Support\"}");
        api().post("/templates", "{\"name\":\"B\",\"text\":\"x\",\"team_title\":\"Support\"}");
        api().post("/templates", "{\"name\":\"C\",\"text\":\"x\",\"team_title\":\"Default\"}");

        JsonNode templates = api().get("/v2/templates").data().get("templates");

        assertThat(templates.get(1).get("team").asInt()).isEqualTo(templates.get(2).get("team").asInt());
        assertThat(templates.get(0).get("team").asInt()).isNotEqualTo(templates.get(1).get("team").asInt());
    }

    @Test
    void v2TrackUsageAnswersABareSuccess() {
        long id = create("Legacy");

        ApiClient.Result r = api().post("/v2/templates", "{\"template_id\":" + id + ",\"origin\":\"Chat View\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().toString()).isEqualTo("{\"success\":true}");
        assertThat(stored(id).usageCount()).isEqualTo(1);
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void v2TrackUsageChecksItsBody() {
        long id = create("Legacy");

        assertValidationError(api().post("/v2/templates", "{\"origin\":\"Chat View\"}"), "template_id");
        assertValidationError(api().post("/v2/templates", "{\"template_id\":\"" + id + "\",\"origin\":\"x\"}"), "template_id");
        assertValidationError(api().post("/v2/templates", "{\"template_id\":" + id + "}"), "origin");
        ApiClient.Result unknown = api().post("/v2/templates", "{\"template_id\":999,\"origin\":\"x\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("Template id \"999\" not found");
        assertThat(stored(id).usageCount()).isZero();
    }

    @Test
    void trailingSlashGetsTheHtmlNotFoundPage() {
        ApiClient.Result r = api().get("/templates/");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("<html>");
    }
}
