package dev.seed.camel.timelinesai.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The tables script: replicas that start together all create the tables without failing, and again is harmless. */
class ClusterSchemaTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();

    @Test
    void replicasStartingTogetherCreateTheTablesOnce() throws Exception {
        String schema = "s" + Long.toHexString(System.nanoTime());
        PG.execute("CREATE SCHEMA " + schema);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> creations = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                DataSource replica = inSchema(schema);
                creations.add(pool.submit(() -> {
                    go.await();
                    ClusterSchema.create(replica);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> creation : creations) {
                creation.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ClusterSchema.create(inSchema(schema));

        List<String> tables = new ArrayList<>();
        try (Connection c = PG.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).containsExactlyInAnyOrder(ClusterSchema.CLAIM_TABLE, ClusterSchema.POLL_STATE_TABLE,
                ClusterSchema.BUCKET_TABLE, ClusterSchema.TURN_TABLE);
    }

    private static DataSource inSchema(String schema) {
        PGSimpleDataSource dataSource = (PGSimpleDataSource) PG.dataSource();
        dataSource.setCurrentSchema(schema);
        return dataSource;
    }
}
