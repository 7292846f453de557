package dev.seed.camel.examples.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.simulator.MessagingAdmin.SentMessage;
import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.waba.WabaChat;
import dev.seed.camel.timelinesai.simulator.waba.WabaMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole demo (webhook mode, Camel Main) against a simulator and checks what it left behind: ticket rows
 * in H2, the answers and broadcast messages the simulator accepted, labels, assignees and notes on the chats, and
 * the WABA customer's late answer sent as the approved template.
 */
class HelpdeskDemoTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.withOptions(
            SimulatorOptions.forTests().sendInterval(Duration.ofMillis(100)).rateLimitEnabled(true).build());

    @Test
    void demoOpensTicketsAnswersCustomersAndTracksTheBroadcast(TimelinesAiSimulator simulator, @TempDir Path dir)
            throws Exception {
        HelpdeskSettings settings = HelpdeskSettings.from(new String[] {
            "--db=jdbc:h2:mem:helpdesk-demo-test;DB_CLOSE_DELAY=-1", "--broadcast-dir=" + dir.resolve("broadcast")},
                Map.of());
        HelpdeskApplication app = new HelpdeskApplication(settings, EmbeddedTimelinesAi.of(simulator));

        app.run();

        DataSource db = app.database();
        // ticket numbers follow the order the messages were processed in, which a loaded machine may swap
        List<List<String>> tickets = rows(db, "SELECT customer_phone, channel, category, priority, assignee,"
                + " message_count FROM tickets ORDER BY customer_phone");
        assertThat(tickets).containsExactly(
                List.of("+15550107781", "waba", "delivery", "normal", "carol@acme.example", "1"),
                List.of("+34612345678", "qr", "billing", "high", "bob@acme.example", "2"),
                List.of("+4915712345678", "qr", "general", "normal", "alice@acme.example", "1"),
                List.of("+4917612345678", "qr", "technical", "normal", "carol@acme.example", "1"),
                List.of("+81901234567", "qr", "delivery", "normal", "carol@acme.example", "1"));
        assertThat(rows(db, "SELECT MIN(id), MAX(id) FROM tickets")).containsExactly(List.of("1001", "1005"));
        String mariaTicket = ticketOf(db, "+34612345678");
        String noraTicket = ticketOf(db, "+15550107781");
        assertThat(rows(db, "SELECT waba_account_id FROM tickets WHERE channel = 'waba'"))
                .containsExactly(List.of("4021"));
        assertThat(rows(db, "SELECT direction, COUNT(*) FROM ticket_messages GROUP BY direction ORDER BY direction"))
                .containsExactly(List.of("in", "6"), List.of("out", "8"));
        assertThat(rows(db, "SELECT sent_as, text FROM ticket_messages WHERE direction = 'out'"
                + " AND ticket_id = " + noraTicket + " ORDER BY id")).containsExactly(
                List.of("text", "Hi Nora, thanks for your message! We opened ticket HD-" + noraTicket + " (delivery)"
                        + " and a teammate will get back to you shortly."),
                List.of("template", DemoScenario.ANSWERS.get(1).text()));
        assertThat(rows(db, "SELECT ticket_id, status FROM ticket_answers ORDER BY id"))
                .containsExactly(List.of(mariaTicket, "sent"), List.of(noraTicket, "sent"));
        assertThat(rows(db, "SELECT phone, status FROM broadcast_messages WHERE message_uid IS NOT NULL ORDER BY phone"))
                .hasSize(8)
                .contains(List.of("+999000000001", "Failed"), List.of("+447700900123", "Delivered"))
                .filteredOn(r -> r.get(1).equals("Delivered")).hasSize(7);

        Chat maria = chatOf(simulator, db, "+34612345678");
        List<SentMessage> sent = simulator.admin().sentMessages();
        assertThat(sent).hasSize(14);
        assertThat(sent).filteredOn(m -> m.chatId() == maria.id()).extracting(SentMessage::text).containsExactlyInAnyOrder(
                DemoScenario.ANSWERS.get(0).text(),
                "Hi Maria! Our help desk is now on WhatsApp: just write to this number and you get a ticket number"
                        + " right away.",
                "Hi Maria, thanks for your message! We opened ticket HD-" + mariaTicket + " (billing) and a teammate"
                        + " will get back to you shortly.",
                "Hi Maria, we added your message to ticket HD-" + mariaTicket + ".");
        assertThat(sent).filteredOn(m -> "+447700900123".equals(m.phone())).singleElement().satisfies(m -> {
            assertThat(m.text()).startsWith("Hi Jane! Our help desk");
            assertThat(m.accountPhone()).isEqualTo("+14155550100");
        });

        assertThat(maria.labels()).contains("billing", "urgent");
        assertThat(maria.responsibleEmail()).isEqualTo("bob@acme.example");
        assertThat(simulator.state().messagesOf(maria.id())).filteredOn(m -> "note".equals(m.messageType()))
                .extracting(Message::text).hasSize(2).allMatch(t -> t.startsWith("Ticket HD-" + mariaTicket + ": billing"));
        // Tom wrote to one account and got the broadcast from another: two chats; the ticket knows which is his
        Chat tom = chatOf(simulator, db, "+4917612345678");
        assertThat(tom.accountId()).startsWith("4915112345678");
        assertThat(tom.labels()).contains("technical").doesNotContain("urgent");
        assertThat(tom.responsibleEmail()).isEqualTo("carol@acme.example");

        // the WABA customer: her acknowledgement as text inside the window, the late answer as the template
        WabaChat nora = simulator.state().waba().chatWith(EmbeddedTimelinesAi.WABA_ACCOUNT, "+15550107781").orElseThrow();
        List<WabaMessage> toNora = simulator.state().waba().messagesOf(nora.id()).stream()
                .filter(m -> m.message().fromMe()).toList();
        assertThat(toNora).hasSize(2);
        assertThat(toNora.get(0).template()).isNull();
        assertThat(toNora.get(0).message().text()).startsWith("Hi Nora, thanks for your message!");
        assertThat(toNora.get(1).template().name()).isEqualTo("ticket_update");
        assertThat(toNora.get(1).message().text()).isEqualTo("Hi Nora, here is the answer to your ticket HD-"
                + noraTicket + ": " + DemoScenario.ANSWERS.get(1).text());
        assertThat(nora.isWindowOpen(simulator.state().now())).isFalse();

        assertThat(app.summary().line()).isEqualTo("HELPDESK SUMMARY messages_in=6 messages_out=16 tickets=5"
                + " templates=1 delivered=7 failed=1 credits_used=15");
        assertThat(app.summary().report()).contains("Templates:     1 ");
    }

    /** The id of the customer's ticket. */
    private static String ticketOf(DataSource db, String phone) throws SQLException {
        return rows(db, "SELECT id FROM tickets WHERE customer_phone = '" + phone + "'").get(0).get(0);
    }

    /** The chat of the customer's ticket. */
    private static Chat chatOf(TimelinesAiSimulator simulator, DataSource db, String phone) throws SQLException {
        long chatId = Long.parseLong(rows(db, "SELECT chat_id FROM tickets WHERE customer_phone = '" + phone + "'")
                .get(0).get(0));
        return simulator.state().chat(chatId).orElseThrow(() -> new AssertionError("no chat " + chatId));
    }

    private static List<List<String>> rows(DataSource db, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(r.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
