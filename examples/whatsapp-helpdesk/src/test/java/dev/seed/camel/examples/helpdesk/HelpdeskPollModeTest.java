package dev.seed.camel.examples.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.seed.camel.timelinesai.simulator.MessagingAdmin.SentMessage;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "real service" set-up (a token, no webhook URL, so poll mode) pointed at a simulator through
 * {@code TIMELINESAI_BASE_URL}: a customer message is polled, opens a ticket and is answered; nothing is played.
 */
class HelpdeskPollModeTest {
    private static final String PHONE = "+34699111222";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create();

    @AfterEach
    void clearProperties() {
        System.clearProperty("helpdesk.poll.delay");
        System.clearProperty("helpdesk.poll.stateFile");
    }

    @Test
    void pollModeOpensATicketAndAnswers(TimelinesAiSimulator simulator, @TempDir Path dir) throws Exception {
        System.setProperty("helpdesk.poll.delay", "300");
        System.setProperty("helpdesk.poll.stateFile", dir.resolve("cursor.json").toString());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HelpdeskSettings settings = HelpdeskSettings.from(new String[] {"--duration=5m", "--port=" + port,
            "--db=jdbc:h2:mem:helpdesk-poll-test;DB_CLOSE_DELAY=-1", "--broadcast-dir=" + dir.resolve("in")},
                Map.of("TIMELINESAI_TOKEN", simulator.token(), "TIMELINESAI_BASE_URL", simulator.baseUrl()));
        assertThat(settings.simulated()).isFalse();
        assertThat(settings.webhookMode()).isFalse();
        HelpdeskApplication app = new HelpdeskApplication(settings, null);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                app.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "helpdesk-poll-test");
        runner.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(app::isStarted);
            // the first poll only records where the workspace stands: write until a poll picks a message up
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                if (answeredTickets(app) == 0) {
                    simulator.admin().injectInbound("+14155550100", PHONE, "Pablo Ruiz", "Please refund my last payment");
                }
                return answeredTickets(app) > 0;
            });
        } finally {
            app.stop();
            runner.join(Duration.ofSeconds(60).toMillis());
        }
        assertThat(failure.get()).isNull();

        Chat chat = simulator.state().chats().stream().filter(c -> PHONE.equals(c.phone())).findFirst().orElseThrow();
        assertThat(chat.labels()).contains("billing");
        assertThat(chat.responsibleEmail()).isEqualTo("bob@acme.example");
        assertThat(simulator.admin().sentMessages()).filteredOn(m -> m.chatId() == chat.id())
                .extracting(SentMessage::text).first().asString()
                .startsWith("Hi Pablo, thanks for your message! We opened ticket HD-1001 (billing)");
        assertThat(app.summary().messagesIn()).isGreaterThanOrEqualTo(1);
        assertThat(app.summary().tickets()).isEqualTo(1);
        assertThat(app.summary().broadcastStatuses()).isEmpty();
    }

    private static int answeredTickets(HelpdeskApplication app) throws Exception {
        if (app.database() == null) {
            return 0;
        }
        try (Connection c = app.database().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ticket_messages m JOIN tickets t"
                     + " ON t.id = m.ticket_id WHERE m.direction = 'out' AND t.customer_phone = ?")) {
            s.setString(1, PHONE);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
