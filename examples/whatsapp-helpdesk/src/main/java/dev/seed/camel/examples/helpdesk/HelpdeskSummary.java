package dev.seed.camel.examples.helpdesk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * What the help desk did, read back from its database, plus the messaging credits it used; {@code templates} counts
 * the answers that went out as an approved WABA template because the customer's 24-hour window had closed.
 */
public record HelpdeskSummary(int messagesIn, int repliesOut, int templates, int broadcastSent,
                              Map<String, Integer> ticketsByCategory, Map<String, Integer> broadcastStatuses,
                              long creditsUsed) {

    public int tickets() {
        return ticketsByCategory.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int messagesOut() {
        return repliesOut + broadcastSent;
    }

    public static HelpdeskSummary read(DataSource db, long creditsUsed) {
        try (Connection c = db.getConnection()) {
            return new HelpdeskSummary(
                    count(c, "SELECT COUNT(*) FROM ticket_messages WHERE direction = 'in'"),
                    count(c, "SELECT COUNT(*) FROM ticket_messages WHERE direction = 'out'"),
                    count(c, "SELECT COUNT(*) FROM ticket_messages WHERE direction = 'out' AND sent_as = 'template'"),
                    count(c, "SELECT COUNT(*) FROM broadcast_messages WHERE message_uid IS NOT NULL"),
                    grouped(c, "SELECT category, COUNT(*) FROM tickets GROUP BY category ORDER BY category"),
                    grouped(c, "SELECT status, COUNT(*) FROM broadcast_messages GROUP BY status ORDER BY status"),
                    creditsUsed);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the help desk database: " + e.getMessage(), e);
        }
    }

    /** The closing report, several lines, the last one a machine-readable {@code HELPDESK SUMMARY ...} line. */
    public String report() {
        return String.join(System.lineSeparator(),
                "==================== WhatsApp help desk: summary ====================",
                String.format("Messages in:   %d customer messages", messagesIn),
                String.format("Messages out:  %d (%d ticket answers, %d broadcast)", messagesOut(), repliesOut, broadcastSent),
                String.format("Tickets:       %d %s", tickets(), describe(ticketsByCategory)),
                String.format("Templates:     %d (answers sent as an approved WABA template after the 24-hour window)",
                        templates),
                String.format("Broadcast:     %s", broadcastStatuses.isEmpty() ? "none" : describe(broadcastStatuses)),
                String.format("Credits used:  %d", creditsUsed),
                line());
    }

    /** One line for scripts: {@code HELPDESK SUMMARY messages_in=6 messages_out=16 tickets=5 templates=1 ...}. */
    public String line() {
        return String.format("HELPDESK SUMMARY messages_in=%d messages_out=%d tickets=%d templates=%d delivered=%d"
                        + " failed=%d credits_used=%d",
                messagesIn, messagesOut(), tickets(), templates,
                broadcastStatuses.getOrDefault("Delivered", 0) + broadcastStatuses.getOrDefault("Read", 0),
                broadcastStatuses.getOrDefault("Failed", 0) + broadcastStatuses.getOrDefault("Error", 0), creditsUsed);
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static Map<String, Integer> grouped(Connection c, String sql) throws SQLException {
        Map<String, Integer> map = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                map.put(r.getString(1), r.getInt(2));
            }
        }
        return map;
    }
}
