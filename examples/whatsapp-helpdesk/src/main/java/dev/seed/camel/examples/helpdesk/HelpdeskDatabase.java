package dev.seed.camel.examples.helpdesk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The help desk's H2 database: a data source for {@code camel-sql} with the schema of {@code helpdesk-schema.sql}. */
public final class HelpdeskDatabase {
    private static final String SCHEMA = "helpdesk-schema.sql";

    private HelpdeskDatabase() {
    }

    /** Opens (or creates) the database at {@code jdbcUrl} and creates the tables that are missing. */
    public static DataSource open(String jdbcUrl) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        createSchema(dataSource);
        return dataSource;
    }

    private static void createSchema(DataSource dataSource) {
        String script;
        try (InputStream in = HelpdeskDatabase.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is not on the classpath");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SCHEMA, e);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the help desk schema: " + e.getMessage(), e);
        }
    }
}
