package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import dev.seed.camel.timelinesai.simulator.state.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A partner-created workspace on a clock the test moves: QR link expiry and once-per-crossing events. */
class PartnerWorkspaceTest {
    private static final Instant START = Instant.parse("2026-09-14T14:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final List<String> events = new CopyOnWriteArrayList<>();
    private PartnerWorkspace workspace;

    @BeforeEach
    void setUp() {
        AtomicLong ids = new AtomicLong(700);
        Workspace ws = new Workspace("acme-dental", "Acme Dental", "Partner", 3, 10, 100, 0,
                START.atZone(ZoneOffset.UTC).withDayOfMonth(1));
        workspace = new PartnerWorkspace(new OwnMembers(ws, ids::incrementAndGet), true, false, 1, START, clock,
                new Recorder(), key -> 880_000L + key.length(), 5);
        workspace.watchQuotas();
        workspace.createOwner();
    }

    @Test
    void anExpiredLinkCanNoLongerBeScannedNorIsListed() {
        Teammate agent = workspace.addAgents(1).get(0);
        PartnerWorkspace.QrIssued issued = workspace.issueQr(agent, Duration.ofHours(1), t -> "http://qr/" + t, l -> { });
        assertThat(workspace.activeQrLinks()).hasSize(1);

        clock.advance(Duration.ofMinutes(61));

        assertThat(workspace.activeQrLinks()).isEmpty();
        assertThatThrownBy(() -> workspace.connect(issued.link(), "+31612345678", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expired");
        assertThat(workspace.issueQr(agent, Duration.ofHours(1), t -> "http://qr/" + t, l -> { }).previousRevoked())
                .isFalse();
    }

    @Test
    void seatsFullFiresOnceWhileUsersComeAndGo() {
        workspace.addAgents(2);
        workspace.update(null, 5);
        workspace.addAgents(2);

        assertThat(events).containsExactly("seats_full 3/3");
    }

    @Test
    void quotaEventsFireOncePerCrossingAndAgainAfterFallingBack() {
        workspace.workspace().messagingQuota().consume(9);
        workspace.workspace().messagingQuota().consume(1);
        workspace.workspace().messagingQuota().refund(5);
        workspace.workspace().messagingQuota().consume(4);
        workspace.workspace().apiCallsQuota().setUsed(100);
        workspace.workspace().apiCallsQuota().setUsed(100);
        workspace.transactions().setUsed(5);

        assertThat(events).containsExactly("messaging 90", "messaging 100", "messaging 90", "api_calls", "transactions");
    }

    @Test
    void connectingGivesTheUserTheAccount() {
        Teammate agent = workspace.addAgents(1).get(0);
        QrLink link = workspace.issueQr(agent, Duration.ofHours(1), t -> "http://qr/" + t, l -> { }).link();

        WhatsAppAccount account = workspace.connect(link, "31 6 1234 5678", "Front desk");

        assertThat(account.phone()).isEqualTo("+31612345678");
        assertThat(account.accountName()).isEqualTo("Front desk");
        assertThat(workspace.activeAccount(agent.userId())).contains(account);
        assertThat(events).containsExactly("connected " + agent.userId() + " +31612345678");
    }

    private final class Recorder implements PartnerEventSink {
        @Override
        public void seatsFull(PartnerWorkspace ws) {
            events.add("seats_full " + ws.workspace().seats().used() + "/" + ws.workspace().seats().total());
        }

        @Override
        public void messagingQuotaReached(PartnerWorkspace ws, int percent) {
            events.add("messaging " + percent);
        }

        @Override
        public void apiCallsQuotaFull(PartnerWorkspace ws) {
            events.add("api_calls");
        }

        @Override
        public void transactionsQuotaFull(PartnerWorkspace ws) {
            events.add("transactions");
        }

        @Override
        public void accountConnected(PartnerWorkspace ws, long userId, WhatsAppAccount account) {
            events.add("connected " + userId + " " + account.phone());
        }

        @Override
        public void accountDisconnected(PartnerWorkspace ws, long userId, WhatsAppAccount account, String reason) {
            events.add("disconnected " + userId + " " + account.phone());
        }

        @Override
        public void tokenRotated(PartnerWorkspace ws, Instant rotatedAt) {
            events.add("rotated");
        }
    }

    /** A clock that only moves when told. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
