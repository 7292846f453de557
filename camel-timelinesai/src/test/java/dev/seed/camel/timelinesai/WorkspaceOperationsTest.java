package dev.seed.camel.timelinesai;

import dev.seed.camel.timelinesai.model.Invitation;
import dev.seed.camel.timelinesai.model.Teammate;
import dev.seed.camel.timelinesai.model.Teammates;
import dev.seed.camel.timelinesai.model.WorkspaceInfo;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** workspace/* against the simulator: quotas, teammates, me, invitations and their errors. */
class WorkspaceOperationsTest extends TimelinesAiTestSupport {

    @Test
    void readsWorkspaceTeammatesAndMe() {
        WorkspaceInfo info = ok("timelinesai:workspace/get", null).getMessage().getBody(WorkspaceInfo.class);
        assertThat(info.workspaceId()).isEqualTo("acme-support");
        assertThat(info.messagingQuota().total()).isPositive();
        assertThat(info.seats().used()).isEqualTo(3);

        Teammates teammates = ok("timelinesai:workspace/teammates", null).getMessage().getBody(Teammates.class);
        assertThat(teammates.teammates()).extracting(Teammate::email).contains("alice@acme.example", "bob@acme.example");
        assertThat(teammates.teams()).isNotEmpty();
        assertThat(teammates).hasSize(teammates.teammates().size());

        Teammate me = ok("timelinesai:workspace/me", null).getMessage().getBody(Teammate.class);
        assertThat(me.email()).isNotBlank();
        assertNoContractViolations();
    }

    @Test
    void invitesAndRevokes() {
        Teammate invited = ok("timelinesai:workspace/invite?email=dave@acme.example&firstName=Dave&role=agent", null)
                .getMessage().getBody(Teammate.class);
        assertThat(invited.email()).isEqualTo("dave@acme.example");
        assertThat(invited.userId()).isPositive();

        Teammate viaBody = ok("timelinesai:workspace/invite",
                new Invitation("erin@acme.example", "Erin", "Doe", null, "collaborator")).getMessage()
                .getBody(Teammate.class);
        assertThat(viaBody.displayName()).contains("Erin");

        Exchange revoked = ok("timelinesai:workspace/revokeInvitation", null, TimelinesAiConstants.USER_ID,
                invited.userId());
        assertThat(revoked.getMessage().getBody(String.class)).containsIgnoringCase("revoked");
        assertNoContractViolations();

        Exchange again = call("timelinesai:workspace/revokeInvitation", invited.userId());
        assertThat(again.getException()).isInstanceOf(TimelinesAiNotFoundException.class);
    }

    @Test
    void invalidEmailGivesFieldErrors() {
        Exchange exchange = call("timelinesai:workspace/invite?email=not-an-email", null);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiValidationException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(400);
            assertThat(e.getErrorCode()).isEqualTo("validation_error");
            assertThat(e.getFieldErrors()).anySatisfy(f -> assertThat(f.fields()).containsExactly("email"));
            assertThat(e.getMessage()).contains("email");
        });
    }

    @Test
    void noFreeSeatIsAQuotaError() {
        var seats = simulator().state().workspace().seats();
        seats.setUsed(seats.total());
        Exchange exchange = call("timelinesai:workspace/invite?email=frank@acme.example", null);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiQuotaExceededException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(403);
            assertThat(e.getErrorCode()).isEqualTo("quota_exceeded");
        });
    }
}
