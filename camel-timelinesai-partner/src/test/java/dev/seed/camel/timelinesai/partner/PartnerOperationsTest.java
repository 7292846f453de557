package dev.seed.camel.timelinesai.partner;

import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiters;
import dev.seed.camel.timelinesai.TimelinesAiAccessDeniedException;
import dev.seed.camel.timelinesai.TimelinesAiAuthenticationException;
import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.TimelinesAiNotFoundException;
import dev.seed.camel.timelinesai.partner.model.Disconnection;
import dev.seed.camel.timelinesai.partner.model.PublicApiToken;
import dev.seed.camel.timelinesai.partner.model.QrCode;
import dev.seed.camel.timelinesai.partner.model.UsersCreateRequest;
import dev.seed.camel.timelinesai.partner.model.UsersCreated;
import dev.seed.camel.timelinesai.partner.model.Workspace;
import dev.seed.camel.timelinesai.partner.model.WorkspaceCreateRequest;
import dev.seed.camel.timelinesai.partner.model.WorkspaceDetails;
import dev.seed.camel.timelinesai.partner.model.WorkspaceUpdateRequest;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.PartnerAdmin;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.partner.PartnerDirectory;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.COUNT;
import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.EXPIRES_IN_HOURS;
import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.USER_ID;
import static dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConstants.WORKSPACE_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Every Partner API operation against the simulator, with its typed errors; valid calls fit the spec. */
class PartnerOperationsTest extends PartnerTestSupport {

    /**
     * Every request fits partner_api_spec.yaml, and so does every answer, except the 401/403 statuses the spec
     * leaves undefined (auth and ownership failures, which some tests provoke on purpose).
     */
    @AfterEach
    void requestsFitTheSpec() {
        assertThat(VendorSpecs.checked(admin().partnerContractViolations())).as("partner contract violations")
                .filteredOn(v -> !(v.status() == 401 || v.status() == 403)
                        || !v.problem().startsWith("validation.response.status.unknown"))
                .isEmpty();
    }

    private Workspace createAcmeDental(int seats) {
        return ok("timelinesai-partner:workspaces/create?displayName=acme-dental&seatsPurchased=" + seats, null,
                Workspace.class);
    }

    @Test
    void partnerCallsGoThroughTheHostsSharedRequestLimiter() {
        String uri = "timelinesai-partner:workspaces/get?workspaceId=acme-support";
        ok(uri, null, WorkspaceDetails.class);

        TimelinesAiPartnerEndpoint endpoint = context.getEndpoint(uri, TimelinesAiPartnerEndpoint.class);
        assertThat(endpoint.getStatistics().getRequestCount()).isEqualTo(1);
        assertThat(TimelinesAiRequestLimiters.forUrl(partnerBaseUrl(), 30, 10))
                .as("one limiter per host, shared with the Public API endpoints")
                .isSameAs(TimelinesAiRequestLimiters.forUrl(simulator().baseUrl(), 30, 10));
    }

    @Test
    void createsAWorkspaceFromOptions() {
        Exchange exchange = call("timelinesai-partner:workspaces/create?displayName=acme-dental&seatsPurchased=3", null);

        Workspace workspace = exchange.getMessage().getBody(Workspace.class);
        assertThat(workspace.workspaceId()).isEqualTo("acme-dental");
        assertThat(workspace.displayName()).isEqualTo("acme-dental");
        assertThat(workspace.seatsTotal()).isEqualTo(3);
        assertThat(workspace.seatsAvailable()).isEqualTo(2);
        assertThat(workspace.ownerUserId()).isPositive();
        assertThat(workspace.planId()).isNotNull();
        assertThat(exchange.getMessage().getHeader(WORKSPACE_ID)).isEqualTo("acme-dental");
    }

    @Test
    void createsAWorkspaceFromARequestBodyAndRefusesADuplicateWith409() {
        Workspace workspace = ok("timelinesai-partner:workspaces/create", new WorkspaceCreateRequest("Bright-Smile", 2),
                Workspace.class);
        assertThat(workspace.workspaceId()).isEqualTo("bright-smile");

        Exchange duplicate = call("timelinesai-partner:workspaces/create", new WorkspaceCreateRequest("Bright-Smile", 2));

        assertThat(duplicate.getException()).isInstanceOf(TimelinesAiPartnerConflictException.class);
        TimelinesAiPartnerConflictException e = (TimelinesAiPartnerConflictException) duplicate.getException();
        assertThat(e.getHttpStatus()).isEqualTo(409);
        assertThat(e.getErrorCode()).isNotBlank();
        assertThat(e.isSeatsFull()).isFalse();
        assertThat(e.getMessage()).contains("409").contains(e.getErrorCode()).doesNotContain(partnerSecret());
    }

    @Test
    void getsWorkspaceDetailsWithQuotasUsersAccountsAndLinks() {
        WorkspaceDetails details = ok("timelinesai-partner:workspaces/get?workspaceId=" + SHARED_WORKSPACE, null,
                WorkspaceDetails.class);

        assertThat(details.workspaceId()).isEqualTo(SHARED_WORKSPACE);
        assertThat(details.seats().total()).isPositive();
        assertThat(details.messagesQuota()).isNotNull();
        assertThat(details.apiCallsQuota()).isNotNull();
        assertThat(details.nonRecurringQuota()).isNotNull();
        assertThat(details.users()).isNotEmpty().allSatisfy(u -> assertThat(u.email()).isNotBlank());
        assertThat(details.whatsappAccounts()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.phoneNumberE164()).startsWith("+"));
    }

    @Test
    void getTakesTheWorkspaceFromAHeaderOrTheBody() {
        createAcmeDental(3);

        assertThat(ok("timelinesai-partner:workspaces/get", null, WorkspaceDetails.class, WORKSPACE_ID, "acme-dental")
                .displayName()).isEqualTo("acme-dental");
        assertThat(ok("timelinesai-partner:workspaces/get", "acme-dental", WorkspaceDetails.class).users())
                .hasSize(1);
    }

    @Test
    void unknownWorkspaceIsATypedNotFound() {
        Exchange exchange = call("timelinesai-partner:workspaces/get?workspaceId=no-such-workspace", null);

        assertThat(exchange.getException()).isInstanceOf(TimelinesAiNotFoundException.class);
        assertThat(((TimelinesAiException) exchange.getException()).getErrorCode()).isEqualTo("workspace_not_found");
    }

    @Test
    void anotherPartnersWorkspaceIsRefusedWithItsCode() {
        Exchange exchange = call("timelinesai-partner:tokens/get?workspaceId="
                + PartnerDirectory.FOREIGN_WORKSPACE_ID, null);

        assertThat(exchange.getException()).isInstanceOfAny(TimelinesAiAccessDeniedException.class,
                TimelinesAiNotFoundException.class);
        TimelinesAiException e = (TimelinesAiException) exchange.getException();
        assertThat(e.getErrorCode()).isIn("workspace_not_owned_by_partner", "workspace_not_found");
    }

    @Test
    void everyAnswerAboutOneWorkspaceNamesItInTheWorkspaceIdHeader() {
        createAcmeDental(3);
        Exchange created = call("timelinesai-partner:users/create?workspaceId=acme-dental&count=1", null);
        long agent = created.getMessage().getBody(UsersCreated.class).users().get(0).userId();
        java.util.List<Exchange> answers = java.util.List.of(created,
                call("timelinesai-partner:workspaces/get", "acme-dental"),
                call("timelinesai-partner:workspaces/update?workspaceId=acme-dental&seatsPurchased=4", null),
                call("timelinesai-partner:users/qr?workspaceId=acme-dental&userId=" + agent, null),
                call("timelinesai-partner:users/disconnect?workspaceId=acme-dental&userId=" + agent, null),
                call("timelinesai-partner:tokens/get", "acme-dental"));

        assertThat(answers).allSatisfy(exchange -> {
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(WORKSPACE_ID)).isEqualTo("acme-dental");
        });
    }

    @Test
    void updatesNameAndSeats() {
        createAcmeDental(3);

        Workspace renamed = ok("timelinesai-partner:workspaces/update?workspaceId=acme-dental&displayName=Acme-Dental-NL",
                null, Workspace.class);
        Workspace grown = ok("timelinesai-partner:workspaces/update?workspaceId=acme-dental",
                new WorkspaceUpdateRequest(null, 5), Workspace.class);

        assertThat(renamed.displayName()).isEqualTo("Acme-Dental-NL");
        assertThat(grown.seatsTotal()).isEqualTo(5);
        assertThat(grown.seatsAvailable()).isEqualTo(4);
    }

    @Test
    void createsUsersAndRefusesMoreThanTheFreeSeatsAllOrNothing() {
        createAcmeDental(3);

        UsersCreated created = ok("timelinesai-partner:users/create?workspaceId=acme-dental&count=2", null,
                UsersCreated.class);
        Exchange tooMany = call("timelinesai-partner:users/create?workspaceId=acme-dental",
                new UsersCreateRequest(1));

        assertThat(created.users()).hasSize(2).allSatisfy(u -> {
            assertThat(u.role()).isEqualTo("agent");
            assertThat(u.email()).endsWith("-acme-dental@partners.timelines.ai");
        });
        assertThat(created.seatsAvailable()).isZero();
        assertThat(tooMany.getException()).isInstanceOf(TimelinesAiPartnerConflictException.class);
        assertThat(((TimelinesAiPartnerConflictException) tooMany.getException()).isSeatsFull()).isTrue();
        assertThat(ok("timelinesai-partner:workspaces/get?workspaceId=acme-dental", null, WorkspaceDetails.class)
                .users()).hasSize(3);
    }

    @Test
    void countComesFromAHeaderOrANumericBody() {
        createAcmeDental(4);

        assertThat(ok("timelinesai-partner:users/create?workspaceId=acme-dental", null, UsersCreated.class, COUNT, 1)
                .users()).hasSize(1);
        assertThat(ok("timelinesai-partner:users/create?workspaceId=acme-dental", 2, UsersCreated.class).users())
                .hasSize(2);
    }

    @Test
    void countOutOfRangeIsRefusedFromAHeaderABodyOrARequestBodyWithoutACall() {
        createAcmeDental(4);
        String uri = "timelinesai-partner:users/create?workspaceId=acme-dental";

        for (Exchange refused : new Exchange[] {call(uri, null, COUNT, 100), call(uri, 0),
                call(uri, new UsersCreateRequest(150)), call(uri, new UsersCreateRequest(-1))}) {
            assertThat(refused.getException()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("between 1 and 99");
        }
        assertThat(ok("timelinesai-partner:workspaces/get?workspaceId=acme-dental", null, WorkspaceDetails.class)
                .users()).as("no users were created").hasSize(1);
    }

    @Test
    void issuesQrLinksAndTheNextOneRevokesThePrevious() {
        createAcmeDental(2);
        long agent = ok("timelinesai-partner:users/create?workspaceId=acme-dental&count=1", null, UsersCreated.class)
                .users().get(0).userId();

        QrCode first = ok("timelinesai-partner:users/qr?workspaceId=acme-dental&userId=" + agent, null, QrCode.class);
        QrCode second = ok("timelinesai-partner:users/qr?workspaceId=acme-dental", agent, QrCode.class,
                EXPIRES_IN_HOURS, 48);

        assertThat(first.userId()).isEqualTo(agent);
        assertThat(first.qrLink()).startsWith("http");
        assertThat(first.previousQrRevoked()).isFalse();
        assertThat(first.embeddingLink()).endsWith("display_mode=embedding");
        assertThat(second.previousQrRevoked()).isTrue();
        assertThat(second.qrLink()).isNotEqualTo(first.qrLink());
        assertThat(java.time.Duration.between(java.time.Instant.now(), java.time.Instant.parse(second.expiresAt()))
                .toHours()).isBetween(46L, 48L);
        assertThat(ok("timelinesai-partner:workspaces/get?workspaceId=acme-dental", null, WorkspaceDetails.class)
                .qrLinks()).extracting(l -> l.qrLink()).containsExactly(second.qrLink());
    }

    @Test
    void qrForAnUnknownUserIsATypedNotFound() {
        Exchange exchange = call("timelinesai-partner:users/qr?workspaceId=" + SHARED_WORKSPACE + "&userId=999999", null);

        assertThat(exchange.getException()).isInstanceOf(TimelinesAiNotFoundException.class);
        assertThat(((TimelinesAiException) exchange.getException()).getErrorCode()).isNotBlank();
    }

    @Test
    void disconnectsAConnectedAccountAndIsANoOpAfterwards() {
        createAcmeDental(2);
        long agent = ok("timelinesai-partner:users/create?workspaceId=acme-dental&count=1", null, UsersCreated.class)
                .users().get(0).userId();
        QrCode qr = ok("timelinesai-partner:users/qr?workspaceId=acme-dental&userId=" + agent, null, QrCode.class);
        PartnerAdmin.QrConnection connection = admin().connectQr(qr.qrLink(), "+31612345678");

        Disconnection first = ok("timelinesai-partner:users/disconnect?workspaceId=acme-dental", null,
                Disconnection.class, USER_ID, agent);
        Disconnection again = ok("timelinesai-partner:users/disconnect?workspaceId=acme-dental&userId=" + agent, null,
                Disconnection.class);

        assertThat(first.disconnected()).isTrue();
        assertThat(first.whatsappAccountId()).isEqualTo(connection.whatsappAccountId());
        assertThat(first.phoneNumber()).isEqualTo("+31612345678");
        assertThat(first.disconnectedAt()).isNotBlank();
        assertThat(again.disconnected()).isFalse();
    }

    @Test
    void getsAndRotatesThePublicApiTokenAndMasksItInToString() {
        PublicApiToken current = ok("timelinesai-partner:tokens/get?workspaceId=" + SHARED_WORKSPACE, null,
                PublicApiToken.class);
        PublicApiToken rotated = ok("timelinesai-partner:tokens/rotate?workspaceId=" + SHARED_WORKSPACE, null,
                PublicApiToken.class);

        assertThat(current.token()).isEqualTo(SIMULATOR.token());
        assertThat(rotated.token()).isNotBlank().isNotEqualTo(current.token());
        assertThat(rotated.rotatedAt()).isNotBlank();
        assertThat(rotated.toString()).doesNotContain(rotated.token()).contains("****");
        assertThat(ok("timelinesai-partner:tokens/get?workspaceId=" + SHARED_WORKSPACE, null, PublicApiToken.class)
                .token()).isEqualTo(rotated.token());
    }

    @Test
    void aNewWorkspaceGetsATokenLazily() {
        createAcmeDental(1);

        PublicApiToken token = ok("timelinesai-partner:tokens/get", "acme-dental", PublicApiToken.class);

        assertThat(token.workspaceId()).isEqualTo("acme-dental");
        assertThat(token.token()).isNotBlank();
    }

    @Test
    void aWrongPartnerSecretIsATypedAuthenticationErrorThatHidesTheSecret() {
        Exchange exchange = call("timelinesai-partner:workspaces/get?workspaceId=" + SHARED_WORKSPACE
                + "&partnerSecret=not-the-secret-123", null);

        assertThat(exchange.getException()).isInstanceOf(TimelinesAiAuthenticationException.class);
        TimelinesAiException e = (TimelinesAiException) exchange.getException();
        assertThat(e.getErrorCode()).isEqualTo("invalid_signature");
        assertThat(e.getMessage()).doesNotContain("not-the-secret-123").doesNotContain(partnerSecret());
    }

    @Test
    void anUnknownPartnerIdIsRefused() {
        Exchange exchange = call("timelinesai-partner:workspaces/get?workspaceId=" + SHARED_WORKSPACE
                + "&partnerId=somebody-else", null);

        assertThat(exchange.getException()).isInstanceOf(TimelinesAiException.class);
        assertThat(((TimelinesAiException) exchange.getException()).getHttpStatus()).isIn(401, 403);
    }
}
