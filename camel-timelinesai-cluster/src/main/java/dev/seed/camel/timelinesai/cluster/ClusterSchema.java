package dev.seed.camel.timelinesai.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Creates the tables of the cluster stores on PostgreSQL ({@value #RESOURCE} on the classpath, which can also be
 * run with psql); every statement is {@code CREATE TABLE IF NOT EXISTS}, so running it again changes nothing.
 */
public final class ClusterSchema {
    /** The classpath resource with the DDL. */
    public static final String RESOURCE = "/dev/seed/camel/timelinesai/cluster/timelinesai-cluster-postgresql.sql";
    /** Default table of {@link JdbcClaimingIdempotentRepository}. */
    public static final String CLAIM_TABLE = "timelinesai_event_claim";
    /** Default table of {@link JdbcPollStateStore}. */
    public static final String POLL_STATE_TABLE = "timelinesai_poll_state";
    /** Default table of {@link Bucket4jRequestLimiter}. */
    public static final String BUCKET_TABLE = "timelinesai_bucket";
    /** Default table of {@link JdbcAccountPacer}. */
    public static final String TURN_TABLE = "timelinesai_account_turn";

    /**
     * Held (transaction-scoped advisory lock) while tables are created: replicas starting together would otherwise
     * race in {@code CREATE TABLE IF NOT EXISTS}, which PostgreSQL does not make safe against concurrent creators.
     */
    static final String CREATE_LOCK = "SELECT pg_advisory_xact_lock(7419115015)";

    private ClusterSchema() {
    }

    /** Creates the missing tables, in one transaction, one replica at a time. */
    public static void create(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_LOCK);
                for (String sql : statements()) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the TimelinesAI cluster tables (" + CLAIM_TABLE + ", "
                    + POLL_STATE_TABLE + ", " + BUCKET_TABLE + ", " + TURN_TABLE + "): " + e.getMessage(), e);
        }
    }

    /** The statements of {@value #RESOURCE}, without comments. */
    public static List<String> statements() {
        StringBuilder text = new StringBuilder();
        for (String line : script().split("\n")) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String part : text.toString().split(";")) {
            if (!part.isBlank()) {
                statements.add(part.strip());
            }
        }
        return statements;
    }

    /** The text of {@value #RESOURCE}. */
    public static String script() {
        try (InputStream in = ClusterSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CREATE statement of {@code table} in the script, for a store that creates its own table on start. */
    static String createStatement(String table) {
        return statements().stream().filter(s -> s.startsWith("CREATE TABLE IF NOT EXISTS " + table + " "))
                .findFirst().orElseThrow(() -> new IllegalStateException("No table " + table + " in " + RESOURCE));
    }
}
