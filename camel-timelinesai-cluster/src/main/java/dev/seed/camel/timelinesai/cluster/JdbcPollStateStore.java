package dev.seed.camel.timelinesai.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.consumer.PollState;
import dev.seed.camel.timelinesai.consumer.PollStateStore;

/**
 * A poll cursor kept in a PostgreSQL table ({@value ClusterSchema#POLL_STATE_TABLE} by default), one row per
 * {@code name}, so a new leader resumes where the previous one stopped. Each save replaces the row in one statement.
 */
public class JdbcPollStateStore implements PollStateStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final DataSource dataSource;
    private final String name;
    private String tableName = ClusterSchema.POLL_STATE_TABLE;

    public JdbcPollStateStore(DataSource dataSource, String name) {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcPollStateStore needs a dataSource");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("JdbcPollStateStore needs a name (the row of this cursor), was '"
                    + name + "'");
        }
        this.dataSource = dataSource;
        this.name = name;
    }

    @Override
    public PollState load() {
        String sql = "SELECT state FROM " + tableName + " WHERE name = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? JSON.readValue(rs.getString(1), PollState.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the TimelinesAI poll state '" + name + "' from table "
                    + tableName + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The TimelinesAI poll state '" + name + "' in table " + tableName
                    + " is not valid JSON", e);
        }
    }

    @Override
    public void save(PollState state) {
        String sql = "INSERT INTO " + tableName + " (name, state, updatedAt) VALUES (?, ?, clock_timestamp()) "
                + "ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state, updatedAt = EXCLUDED.updatedAt";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            ps.setString(2, JSON.writeValueAsString(state));
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the TimelinesAI poll state '" + name + "' to table "
                    + tableName + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of this cursor. */
    public String getName() {
        return name;
    }

    public String getTableName() {
        return tableName;
    }

    /** The table (default {@value ClusterSchema#POLL_STATE_TABLE}); a plain, optionally schema-qualified name. */
    public void setTableName(String tableName) {
        this.tableName = SqlNames.table("tableName", tableName);
    }

    @Override
    public String toString() {
        return "JdbcPollStateStore[" + tableName + ", " + name + "]";
    }
}
