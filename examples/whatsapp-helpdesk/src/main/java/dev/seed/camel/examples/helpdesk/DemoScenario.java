package dev.seed.camel.examples.helpdesk;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;

/**
 * The self-running demo: plays the simulated customers, drops the customer CSV for the broadcast, lets a day pass
 * for the WhatsApp Business Platform customer (her 24-hour window closes), has teammates answer two tickets, and
 * waits until the database shows every customer message answered, every teammate answer sent and every broadcast
 * message delivered or failed.
 */
public final class DemoScenario {
    private static final int BROADCAST_ROWS = 8;
    /** The teammates' answers written into ticket_answers: to a QR-linked customer and to the WABA customer. */
    static final List<Answer> ANSWERS = List.of(
            new Answer(SimulatedCustomers.SCRIPT.get(0).phone(), "bob@acme.example",
                    "We refunded the double charge on invoice 4411; it reaches your account within 3 days."),
            new Answer(SimulatedCustomers.WABA_CUSTOMER.phone(), "carol@acme.example",
                    "A replacement for order 7781 ships today, and you can keep the damaged one."));

    private final TimelinesAiSimulator simulator;
    private final DataSource db;
    private final Path broadcastDir;
    private final Consumer<String> progress;

    /** A teammate's answer to the open ticket of the customer with this phone. */
    record Answer(String customerPhone, String author, String text) {
    }

    public DemoScenario(TimelinesAiSimulator simulator, DataSource db, Path broadcastDir, Consumer<String> progress) {
        this.simulator = simulator;
        this.db = db;
        this.broadcastDir = broadcastDir;
        this.progress = progress;
    }

    /** Plays the scenario; true when everything was processed within {@code timeout}. */
    public boolean run(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        progress.accept("(dropping demo/customers.csv into " + broadcastDir + " for the broadcast)");
        EmbeddedTimelinesAi.dropDemoCsv(broadcastDir);
        long wabaChat = SimulatedCustomers.play(simulator.admin(), Duration.ofMillis(1200), progress);
        // the acknowledgement went out as free text inside the window: once it is delivered, a day passes
        if (!waitFor(deadline, () -> acknowledgementDelivered(wabaChat))) {
            return false;
        }
        progress.accept("(24 hours later: the WhatsApp Business Platform window of "
                + SimulatedCustomers.WABA_CUSTOMER.name() + " has closed)");
        simulator.admin().waba().expireWindow(wabaChat);
        for (Answer answer : ANSWERS) {
            progress.accept("(" + answer.author() + " answers the ticket of " + answer.customerPhone() + ")");
            writeAnswer(answer);
        }
        return waitFor(deadline, this::isComplete);
    }

    /**
     * Every scripted message stored and answered, every teammate answer handled, every broadcast row finished.
     */
    public boolean isComplete() {
        int customerMessages = SimulatedCustomers.SCRIPT.size() + 1;
        try (Connection c = db.getConnection()) {
            return count(c, "SELECT COUNT(*) FROM ticket_messages WHERE direction = 'in'") >= customerMessages
                    && count(c, "SELECT COUNT(*) FROM ticket_messages WHERE direction = 'out'")
                            >= customerMessages + ANSWERS.size()
                    && count(c, "SELECT COUNT(*) FROM ticket_answers WHERE status <> 'new'") >= ANSWERS.size()
                    && count(c, "SELECT COUNT(*) FROM broadcast_messages WHERE finished_at IS NOT NULL") >= BROADCAST_ROWS;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the help desk database: " + e.getMessage(), e);
        }
    }

    /** Whether the help desk's answer in the WABA chat has reached the customer's phone. */
    private boolean acknowledgementDelivered(long chatId) {
        Optional<String> uid;
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT m.message_uid FROM ticket_messages m"
                     + " JOIN tickets t ON t.id = m.ticket_id WHERE t.chat_id = ? AND m.direction = 'out'")) {
            s.setLong(1, chatId);
            try (ResultSet r = s.executeQuery()) {
                uid = r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the help desk database: " + e.getMessage(), e);
        }
        return uid.flatMap(u -> simulator.state().waba().message(u))
                .map(m -> List.of("Delivered", "Read").contains(m.message().status())).orElse(false);
    }

    private void writeAnswer(Answer answer) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO ticket_answers (ticket_id, author, text)"
                     + " SELECT MAX(id), ?, ? FROM tickets WHERE customer_phone = ? AND status = 'open'")) {
            s.setString(1, answer.author());
            s.setString(2, answer.text());
            s.setString(3, answer.customerPhone());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the answer into the database: " + e.getMessage(), e);
        }
    }

    private static boolean waitFor(Instant deadline, BooleanSupplier check) throws InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            if (check.getAsBoolean()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
