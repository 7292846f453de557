package dev.seed.camel.timelinesai.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Workspace info, legacy quotas, teammates, the token owner, invitations and their revocation. */
class WorkspaceApiTest {
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private ApiClient api() {
        return new ApiClient(SIM.simulator());
    }

    @Test
    void workspaceShowsIdentityPlanAndLiveQuotas() {
        Workspace workspace = SIM.simulator().state().workspace();
        workspace.messagingQuota().consume(7);

        ApiClient.Result r = api().get("/workspace");

        assertThat(r.status()).isEqualTo(200);
        JsonNode data = r.data();
        assertThat(data.get("workspace_id").asText()).isEqualTo("acme-support");
        assertThat(data.get("display_name").asText()).isEqualTo("Acme Support");
        assertThat(data.get("plan").asText()).isEqualTo("Business");
        assertThat(data.get("seats").get("total").asLong()).isEqualTo(15);
        assertThat(data.get("seats").get("used").asLong()).isEqualTo(3);
        assertThat(data.get("messaging_quota").get("total").asLong()).isEqualTo(10_000);
        assertThat(data.get("messaging_quota").get("used").asLong()).isEqualTo(7);
        assertThat(data.get("messaging_quota").get("period_start").asText()).matches(TIMESTAMP).contains("-01 00:00:00");
        assertThat(data.get("messaging_quota").get("period_end").asText()).matches(TIMESTAMP);
        assertThat(data.get("api_calls_quota").get("total").asLong()).isEqualTo(200_000);
        assertThat(data.get("api_calls_quota").get("used").asLong()).isEqualTo(workspace.apiCallsQuota().used());
        assertThat(data.get("api_calls_quota").get("period_start").asText()).matches(TIMESTAMP);
        assertThat(data.get("non_recurring_quota").get("remaining_balance").asLong()).isEqualTo(1000);
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void legacyQuotasAreTheWorkspaceWithoutIdentity() {
        ApiClient.Result r = api().get("/workspace/quotas");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().has("workspace_id")).isFalse();
        assertThat(r.data().has("plan")).isFalse();
        assertThat(r.data().get("seats").get("total").asLong()).isEqualTo(15);
        assertThat(r.data().get("messaging_quota").get("period_end").asText()).matches(TIMESTAMP);
        assertThat(r.data().get("non_recurring_quota").get("remaining_balance").asLong()).isEqualTo(1000);
        assertThat(ContractGaps.besides(SIM.simulator(), ContractGaps.LEGACY_QUOTAS_PATH)).isEmpty();
    }

    @Test
    void teammatesListTeamsAndMembersWithTheirAccounts() {
        ApiClient.Result r = api().get("/workspace/teammates");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("teams").findValuesAsText("title")).containsExactly("Default", "Support");
        JsonNode teammates = r.data().get("teammates");
        assertThat(teammates.findValuesAsText("email"))
                .containsExactly("alice@acme.example", "bob@acme.example", "carol@acme.example");
        JsonNode alice = teammates.get(0);
        assertThat(alice.get("user_id").isIntegralNumber()).isTrue();
        assertThat(alice.get("display_name").asText()).isEqualTo("Alice Owner");
        assertThat(alice.get("role").asText()).isEqualTo("Owner");
        assertThat(alice.get("team").asText()).isEqualTo("Default");
        assertThat(alice.get("status").asText()).isEqualTo("Active");
        assertThat(alice.has("invitation_status")).isFalse();
        assertThat(alice.get("created_at").asText()).matches(TIMESTAMP);
        assertThat(alice.get("whatsapp_accounts")).hasSize(1);
        assertThat(alice.get("whatsapp_accounts").get(0).get("id").asText()).isEqualTo("14155550100@s.whatsapp.net");
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void meIsTheOwnerOfTheToken() {
        ApiClient.Result r = api().get("/workspace/teammates/me");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("email").asText()).isEqualTo("alice@acme.example");
        assertThat(r.data().get("role").asText()).isEqualTo("Owner");
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void meWithoutAnOwnerIsMemberNotFound() {
        long ownerId = SIM.simulator().state().teammateByEmail("alice@acme.example").orElseThrow().userId();
        SIM.simulator().state().removeTeammate(ownerId);

        ApiClient.Result r = api().get("/workspace/teammates/me");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("error_code").asText()).isEqualTo("member_not_found");
    }

    // ---- invitations ------------------------------------------------------------------------------

    @Test
    void invitingANewUserCreatesAnInvitedTeammateThatTakesASeat() {
        ApiClient.Result r = api().post("/workspace/invitations",
                "{\"email\":\"dave@acme.example\",\"first_name\":\"Dave\",\"last_name\":\"Sales\","
                        + "\"team_title\":\"Sales\",\"role\":\"agent\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("email").asText()).isEqualTo("dave@acme.example");
        assertThat(r.data().get("display_name").asText()).isEqualTo("Dave Sales");
        assertThat(r.data().get("role").asText()).isEqualTo("Agent");
        assertThat(r.data().get("team").asText()).isEqualTo("Sales");
        assertThat(r.data().get("status").asText()).isEqualTo("Invited");
        assertThat(r.data().get("invitation_status").asText()).isEqualTo("Pending");
        assertThat(r.data().get("whatsapp_accounts")).isEmpty();
        assertThat(SIM.simulator().state().workspace().seats().used()).isEqualTo(4);
        assertThat(api().get("/workspace/teammates").data().get("teams").findValuesAsText("title")).contains("Sales");
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void invitationDefaultsToTheDefaultTeamAndTheTeammateRole() {
        ApiClient.Result r = api().post("/workspace/invitations", "{\"email\":\"erin@acme.example\"}");
        ApiClient.Result alias = api().post("/workspace/invitations",
                "{\"email\":\"frank@acme.example\",\"team_title\":\"default TEAM\"}");
        ApiClient.Result existingTeam = api().post("/workspace/invitations",
                "{\"email\":\"gina@acme.example\",\"team_title\":\"support\"}");

        assertThat(r.data().get("team").asText()).isEqualTo("Default");
        assertThat(r.data().get("role").asText()).isEqualTo("Teammate");
        assertThat(r.data().get("display_name").asText()).isEqualTo("erin@acme.example");
        assertThat(alias.data().get("team").asText()).isEqualTo("Default");
        assertThat(existingTeam.data().get("team").asText()).isEqualTo("Support");
    }

    @Test
    void rolesAreCaseInsensitive() {
        ApiClient.Result r = api().post("/workspace/invitations",
                "{\"email\":\"hank@acme.example\",\"role\":\"Team_Supervisor\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("role").asText()).isEqualTo("Team supervisor");
        // the spec declares the lower-case enum, so the check flags the mixed case the API accepts
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).singleElement()
                .satisfies(v -> assertThat(v.problem()).contains("role"));
    }

    @Test
    void invitingAnExistingMemberUpdatesRoleAndTeamWithoutTakingASeat() {
        ApiClient.Result r = api().post("/workspace/invitations",
                "{\"email\":\"CAROL@acme.example\",\"role\":\"admin\",\"team_title\":\"Default\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("email").asText()).isEqualTo("carol@acme.example");
        assertThat(r.data().get("role").asText()).isEqualTo("Admin");
        assertThat(r.data().get("team").asText()).isEqualTo("Default");
        assertThat(r.data().get("status").asText()).isEqualTo("Active");
        assertThat(SIM.simulator().state().workspace().seats().used()).isEqualTo(3);
        assertThat(SIM.simulator().state().teammates()).hasSize(3);
    }

    @Test
    void reInvitingAPendingUserUpdatesTheInvitation() {
        long userId = api().post("/workspace/invitations", "{\"email\":\"max@acme.example\"}").data().get("user_id").asLong();

        ApiClient.Result r = api().post("/workspace/invitations",
                "{\"email\":\"max@acme.example\",\"first_name\":\"Max\",\"role\":\"collaborator\",\"team_title\":\"Support\"}");

        assertThat(r.data().get("user_id").asLong()).isEqualTo(userId);
        assertThat(r.data().get("display_name").asText()).isEqualTo("Max");
        assertThat(r.data().get("role").asText()).isEqualTo("Collaborator");
        assertThat(r.data().get("team").asText()).isEqualTo("Support");
        assertThat(r.data().get("status").asText()).isEqualTo("Invited");
        assertThat(SIM.simulator().state().workspace().seats().used()).isEqualTo(4);
    }

    @Test
    void theOwnersRoleCannotBeChanged() {
        ApiClient.Result r = api().post("/workspace/invitations", "{\"email\":\"alice@acme.example\",\"role\":\"agent\"}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("error_code").asText()).isEqualTo("permission_denied");
        assertThat(SIM.simulator().state().teammateByEmail("alice@acme.example").orElseThrow().role()).isEqualTo("Owner");
    }

    @Test
    void aFullWorkspaceHasNoSeatForANewUser() {
        SIM.simulator().state().workspace().seats().setUsed(15);

        ApiClient.Result r = api().post("/workspace/invitations", "{\"email\":\"ivan@acme.example\"}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("error_code").asText()).isEqualTo("quota_exceeded");
        assertThat(SIM.simulator().state().teammateByEmail("ivan@acme.example")).isEmpty();
    }

    @Test
    void badInvitationsAreValidationErrors() {
        assertValidationError(api().post("/workspace/invitations", "{}"), "email");
        assertValidationError(api().post("/workspace/invitations", "{\"email\":\"not-an-address\"}"), "email");
        assertValidationError(api().post("/workspace/invitations", "{\"email\":\"a b@x.example\"}"), "email");
        assertValidationError(api().post("/workspace/invitations", "{\"email\":\"" + "a".repeat(245) + "@x.example\"}"), "email");
        assertValidationError(api().post("/workspace/invitations", "{\"email\":7}"), "email");
        assertValidationError(api().post("/workspace/invitations",
                "{\"email\":\"j@x.example\",\"first_name\":\"" + "n".repeat(151) + "\"}"), "first_name");
        assertValidationError(api().post("/workspace/invitations",
                "{\"email\":\"j@x.example\",\"last_name\":\"a\\u0000b\"}"), "last_name");
        assertValidationError(api().post("/workspace/invitations",
                "{\"email\":\"j@x.example\",\"role\":\"owner\"}"), "role");
        assertValidationError(api().post("/workspace/invitations",
                "{\"email\":\"j@x.example\",\"team_title\":\"  \"}"), "team_title");
        assertThat(SIM.simulator().state().teammates()).hasSize(3);
    }

    @Test
    void anEmailOfExactly254CharactersIsAccepted() {
        String email = "a".repeat(244) + "@x.example";

        ApiClient.Result r = api().post("/workspace/invitations", "{\"email\":\"" + email + "\"}");

        assertThat(email).hasSize(254);
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void revokingAPendingInvitationRemovesTheUserAndFreesTheSeat() {
        long userId = api().post("/workspace/invitations", "{\"email\":\"kim@acme.example\"}").data().get("user_id").asLong();

        ApiClient.Result r = api().delete("/workspace/invitations/" + userId);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.json().get("message").asText()).isEqualTo("Invitation revoked successfully");
        assertThat(SIM.simulator().state().teammate(userId)).isEmpty();
        assertThat(SIM.simulator().state().workspace().seats().used()).isEqualTo(3);
        assertThat(VendorSpecs.publicViolations(SIM.simulator())).isEmpty();
    }

    @Test
    void revokingAnAcceptedInvitationIsAConflict() {
        long bob = SIM.simulator().state().teammateByEmail("bob@acme.example").orElseThrow().userId();
        long userId = api().post("/workspace/invitations", "{\"email\":\"lee@acme.example\"}").data().get("user_id").asLong();
        SIM.simulator().state().teammate(userId).orElseThrow().setStatus("Active");

        ApiClient.Result seeded = api().delete("/workspace/invitations/" + bob);
        ApiClient.Result accepted = api().delete("/workspace/invitations/" + userId);

        assertThat(seeded.status()).isEqualTo(409);
        assertThat(seeded.json().get("message").asText()).isEqualTo("User id \"" + bob + "\" has already accepted the invitation");
        assertThat(accepted.status()).isEqualTo(409);
        assertThat(SIM.simulator().state().teammate(userId)).isPresent();
    }

    @Test
    void revokingAnUnknownUserIsNotFound() {
        ApiClient.Result unknown = api().delete("/workspace/invitations/999999");
        ApiClient.Result notANumber = api().delete("/workspace/invitations/abc");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error_code").asText()).isEqualTo("not_found");
        assertThat(unknown.json().get("message").asText()).isEqualTo("User id \"999999\" not found in the workspace");
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(notANumber.json().get("message").asText()).isEqualTo("User id \"abc\" not found in the workspace");
    }

    @Test
    void trailingSlashGetsTheHtmlNotFoundPage() {
        assertThat(api().get("/workspace/").status()).isEqualTo(404);
        assertThat(api().get("/workspace/teammates/").body()).contains("<html>");
    }

    static void assertValidationError(ApiClient.Result r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("status").asText()).isEqualTo("error");
        assertThat(r.json().get("error_code").asText()).isEqualTo("validation_error");
        assertThat(r.json().get("errors").get(0).get("fields").get(0).asText()).as(r.body()).isEqualTo(field);
    }
}
