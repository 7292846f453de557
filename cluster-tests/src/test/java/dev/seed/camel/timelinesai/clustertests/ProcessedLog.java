package dev.seed.camel.timelinesai.clustertests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.event.MessageEvent;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The last step of a replica's event routes: records the event in {@code proof_processed} under the replica and
 * route names. An event whose text is {@code hold-then-fail:<this replica>} is first held (a row in
 * {@code proof_holds}) until the test releases it, then fails, so its claim is given back.
 */
final class ProcessedLog implements Processor {
    private final DataSource dataSource;
    private final String replica;
    private final String route;

    ProcessedLog(DataSource dataSource, String replica, String route) {
        this.dataSource = dataSource;
        this.replica = replica;
        this.route = route;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        MessageEvent event = exchange.getMessage().getBody(MessageEvent.class);
        String uid = event.messageUid();
        String text = event.message() == null ? null : event.message().text();
        if (text != null && text.equals(ProofTables.HOLD_THEN_FAIL + replica)) {
            holdUntilReleased(uid);
            throw new IllegalStateException("hold-then-fail: " + replica + " fails event " + uid + " on purpose");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO proof_processed (replica, route, message_uid, text) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, replica);
            insert.setString(2, route);
            insert.setString(3, uid);
            insert.setString(4, text);
            insert.executeUpdate();
        }
    }

    private void holdUntilReleased(String uid) throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement hold = c.prepareStatement(
                    "INSERT INTO proof_holds (message_uid, replica, state) VALUES (?, ?, 'holding')")) {
                hold.setString(1, uid);
                hold.setString(2, replica);
                hold.executeUpdate();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try (PreparedStatement state = c.prepareStatement("SELECT state FROM proof_holds WHERE message_uid = ?")) {
                    state.setString(1, uid);
                    try (ResultSet rs = state.executeQuery()) {
                        if (rs.next() && rs.getString(1).equals("release")) {
                            return;
                        }
                    }
                }
                Thread.sleep(50);
            }
        }
    }
}
