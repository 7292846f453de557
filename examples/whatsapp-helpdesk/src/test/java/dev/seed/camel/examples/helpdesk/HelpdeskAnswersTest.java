package dev.seed.camel.examples.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.waba.WabaChat;
import dev.seed.camel.timelinesai.simulator.waba.WabaMessage;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The answers of {@code ticket_answers} to WABA customers ({@link AnswerRoutes} alone, against the simulator's
 * seeded chats): free text inside the 24-hour window, the approved template after it, and an answer whose template
 * is not approved marked failed with nothing sent.
 */
class HelpdeskAnswersTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private CamelContext context;
    private DataSource db;

    @BeforeEach
    void startAnswerRoutes() throws Exception {
        TimelinesAiSimulator simulator = SIM.simulator();
        EmbeddedTimelinesAi.of(simulator); // adds the approved template ticket_update
        db = HelpdeskDatabase.open("jdbc:h2:mem:helpdesk-answers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        context = new DefaultCamelContext();
        context.getRegistry().bind("helpdeskDb", db);
        Properties properties = new Properties();
        properties.setProperty("helpdesk.answers.delay", "100");
        properties.setProperty("helpdesk.waba.template.name", "ticket_update");
        properties.setProperty("helpdesk.waba.template.language", "en_US");
        context.getPropertiesComponent().setInitialProperties(properties);
        TimelinesAiComponent timelinesAi = new TimelinesAiComponent();
        timelinesAi.setToken(simulator.token());
        timelinesAi.setBaseUrl(simulator.baseUrl());
        context.addComponent("timelinesai", timelinesAi);
        context.addRoutes(new AnswerRoutes());
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void insideTheWindowTheAnswerIsTextAfterItTheApprovedTemplate() throws Exception {
        WabaChat dana = chat(WabaSeeder.CHAT_OPEN);
        WabaChat elliot = chat(WabaSeeder.CHAT_CLOSED_WINDOW);
        long danaTicket = ticket(dana);
        long elliotTicket = ticket(elliot);
        answer(danaTicket, "Your invoice is corrected.");
        answer(elliotTicket, "Your order A-0999 was delivered to the\nneighbour at number 12.");

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("SELECT id FROM ticket_answers WHERE status = 'new'")
                .isEmpty());

        assertThat(rows("SELECT ticket_id, status FROM ticket_answers ORDER BY id")).containsExactly(
                List.of(String.valueOf(danaTicket), "sent"), List.of(String.valueOf(elliotTicket), "sent"));
        assertThat(rows("SELECT ticket_id, sent_as FROM ticket_messages WHERE direction = 'out' ORDER BY id"))
                .containsExactly(List.of(String.valueOf(danaTicket), "text"),
                        List.of(String.valueOf(elliotTicket), "template"));
        WabaMessage toDana = lastSent(dana);
        assertThat(toDana.template()).isNull();
        assertThat(toDana.message().text()).isEqualTo("Your invoice is corrected.");
        WabaMessage toElliot = lastSent(elliot);
        assertThat(toElliot.template().name()).isEqualTo("ticket_update");
        assertThat(toElliot.message().text()).isEqualTo("Hi Elliot, here is the answer to your ticket HD-"
                + elliotTicket + ": Your order A-0999 was delivered to the neighbour at number 12.");
        assertThat(rows("SELECT message_uid FROM ticket_messages WHERE ticket_id = " + elliotTicket))
                .containsExactly(List.of(toElliot.uid()));
    }

    @Test
    void anAnswerWhoseTemplateIsNotApprovedIsMarkedFailedAndNothingIsSent() throws Exception {
        SIM.simulator().admin().waba().setTemplateStatus(EmbeddedTimelinesAi.ANSWER_TEMPLATE_ID, "PAUSED");
        WabaChat elliot = chat(WabaSeeder.CHAT_CLOSED_WINDOW);
        WabaMessage before = lastSent(elliot);
        long ticket = ticket(elliot);
        answer(ticket, "Your order A-0999 was delivered.");

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("SELECT id FROM ticket_answers WHERE status = 'new'")
                .isEmpty());

        List<List<String>> answers = rows("SELECT status, detail FROM ticket_answers");
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).get(0)).isEqualTo("failed");
        assertThat(answers.get(0).get(1)).contains("ticket_update");
        assertThat(rows("SELECT id FROM ticket_messages")).isEmpty();
        assertThat(lastSent(elliot).uid()).isEqualTo(before.uid());
    }

    private static WabaChat chat(String name) {
        return SIM.simulator().state().waba().chatByName(name).orElseThrow();
    }

    private static WabaMessage lastSent(WabaChat chat) {
        List<WabaMessage> sent = SIM.simulator().state().waba().messagesOf(chat.id()).stream()
                .filter(m -> m.message().fromMe()).toList();
        return sent.get(sent.size() - 1);
    }

    /** Opens a WABA ticket for the chat; returns its id. */
    private long ticket(WabaChat chat) throws SQLException {
        update("INSERT INTO tickets (chat_id, channel, waba_account_id, customer_phone, customer_name, category,"
                + " priority, assignee, subject) VALUES (?, 'waba', ?, ?, ?, 'delivery', 'normal', 'carol@acme.example',"
                + " 'Where is my order?')", chat.id(), chat.wabaAccountId(), chat.phone(), chat.chat().name());
        return Long.parseLong(rows("SELECT MAX(id) FROM tickets").get(0).get(0));
    }

    private void answer(long ticketId, String text) throws SQLException {
        update("INSERT INTO ticket_answers (ticket_id, author, text) VALUES (?, 'carol@acme.example', ?)", ticketId,
                text);
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
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
