package dev.seed.camel.timelinesai.clustertests;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the replicas share: the one {@code TIMELINESAI_CLUSTER_PG_URL} (with
 * {@code TIMELINESAI_CLUSTER_PG_USER} and {@code TIMELINESAI_CLUSTER_PG_PASSWORD}) names, else an embedded
 * PostgreSQL 14 started for the run and stopped by {@link #close()}.
 */
final class ClusterDatabase implements AutoCloseable {
    static final String URL_ENV = "TIMELINESAI_CLUSTER_PG_URL";
    static final String USER_ENV = "TIMELINESAI_CLUSTER_PG_USER";
    static final String PASSWORD_ENV = "TIMELINESAI_CLUSTER_PG_PASSWORD";

    private final EmbeddedPostgres embedded;
    private final String url;
    private final String user;
    private final String password;

    private ClusterDatabase(EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static ClusterDatabase start() throws IOException {
        String external = System.getenv(URL_ENV);
        if (external != null && !external.isBlank()) {
            return new ClusterDatabase(null, external, envOr(USER_ENV, "postgres"), envOr(PASSWORD_ENV, ""));
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
        return new ClusterDatabase(pg, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Where the database comes from, for the summary: one word. */
    String origin() {
        return embedded != null ? "embedded-postgresql-14" : "external";
    }

    DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** Runs DDL or DML statements in order. */
    void execute(String... sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
