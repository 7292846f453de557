package dev.seed.camel.timelinesai.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL for the tests: an embedded PostgreSQL 14, started by the first test class that needs it and stopped
 * when the test JVM's tests are done (one start, not one per class, keeps the module's tests short), or the server
 * of the environment variable {@value #URL_VARIABLE} (a JDBC URL with user and password as parameters). The
 * cluster tables are created before the first test; tests use names of their own, so they share the tables.
 */
final class PostgresExtension implements BeforeAllCallback {
    static final String URL_VARIABLE = "TIMELINESAI_TEST_PG_URL";
    private String url;

    @Override
    public void beforeAll(ExtensionContext context) {
        url = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, k -> new Server(), Server.class).url;
        ClusterSchema.create(dataSource());
    }

    /** The database all test classes of the JVM share, closed with the root context. */
    private static final class Server implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final EmbeddedPostgres embedded;
        private final String url;

        Server() {
            String external = System.getenv(URL_VARIABLE);
            if (external != null && !external.isBlank()) {
                embedded = null;
                url = external;
            } else {
                try {
                    embedded = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
                }
                url = embedded.getJdbcUrl("postgres", "postgres");
            }
        }

        @Override
        public void close() throws IOException {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** A new data source on the database (separate objects stand for separate replicas). */
    DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }

    /** Runs {@code sql} on its own connection. */
    void execute(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
