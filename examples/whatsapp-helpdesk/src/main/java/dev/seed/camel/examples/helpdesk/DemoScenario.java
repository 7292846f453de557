package dev.seed.camel.examples.helpdesk;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;

/**
 * The self-running demo: plays the simulated customers, drops the customer CSV for the broadcast, and waits until
 * the database shows every customer message answered and every broadcast message delivered or failed.
 */
public final class DemoScenario {
    private static final int BROADCAST_ROWS = 8;
    private final SimulatorAdminClient admin;
    private final DataSource db;
    private final Path broadcastDir;
    private final Consumer<String> progress;

    public DemoScenario(SimulatorAdminClient admin, DataSource db, Path broadcastDir, Consumer<String> progress) {
        this.admin = admin;
        this.db = db;
        this.broadcastDir = broadcastDir;
        this.progress = progress;
    }

    /** Plays the scenario; true when everything was processed within {@code timeout}. */
    public boolean run(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        progress.accept("(dropping demo/customers.csv into " + broadcastDir + " for the broadcast)");
        EmbeddedTimelinesAi.dropDemoCsv(broadcastDir);
        SimulatedCustomers.play(admin, Duration.ofMillis(1200), progress);
        while (Instant.now().isBefore(deadline)) {
            if (isComplete()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Every scripted message stored and answered, every broadcast row finished. */
    public boolean isComplete() {
        int expected = SimulatedCustomers.SCRIPT.size();
        try (Connection c = db.getConnection()) {
            return count(c, "SELECT COUNT(*) FROM ticket_messages WHERE direction = 'in'") >= expected
                    && count(c, "SELECT COUNT(*) FROM ticket_messages WHERE direction = 'out'") >= expected
                    && count(c, "SELECT COUNT(*) FROM broadcast_messages WHERE finished_at IS NOT NULL") >= BROADCAST_ROWS;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the help desk database: " + e.getMessage(), e);
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
