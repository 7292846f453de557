package dev.seed.camel.examples.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.simulator.MessagingAdmin.SentMessage;
import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The YAML files, loaded by Camel Main as shipped, against a simulator: tickets in H2, chats labelled and assigned, broadcast tracked. */
class YamlRoutesTest {
    private static final String DB = "jdbc:h2:mem:yaml-routes-test;DB_CLOSE_DELAY=-1";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.withOptions(
            SimulatorOptions.forTests().sendInterval(Duration.ofMillis(100)).build());

    @Test
    void yamlRoutesOpenTicketsAnswerAndBroadcast(TimelinesAiSimulator simulator, @TempDir Path dir) throws Exception {
        String summary = new YamlDemo(simulator, dir, DB).run(Duration.ofMinutes(2));

        assertThat(summary).isEqualTo("YAML ROUTES SUMMARY tickets=3 answers=3 broadcast_delivered=2 broadcast_failed=1");
        assertThat(rows("SELECT customer_phone, category, assignee FROM tickets ORDER BY customer_phone")).containsExactly(
                List.of("+34612345678", "billing", "bob@acme.example"),
                List.of("+4917612345678", "technical", "carol@acme.example"),
                List.of("+81901234567", "delivery", "carol@acme.example"));
        assertThat(rows("SELECT phone, status FROM broadcast_messages ORDER BY phone")).containsExactly(
                List.of("+14155552001", "Delivered"), List.of("+14155552002", "Delivered"),
                List.of("+999000000002", "Failed"));

        Chat maria = simulator.state().chats().stream().filter(c -> "+34612345678".equals(c.phone())).findFirst().orElseThrow();
        assertThat(maria.labels()).contains("billing");
        assertThat(maria.responsibleEmail()).isEqualTo("bob@acme.example");
        assertThat(simulator.state().messagesOf(maria.id())).anyMatch(m -> "note".equals(m.messageType())
                && m.text().startsWith("Ticket HD-"));
        assertThat(simulator.admin().sentMessages()).filteredOn(m -> "+14155552002".equals(m.phone()))
                .extracting(SentMessage::accountPhone, SentMessage::text)
                .containsExactly(Tuple.tuple("+14155550101",
                        "Hi Ben! Our help desk is now on WhatsApp."));
    }

    private static List<List<String>> rows(String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DB, "sa", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(r.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
