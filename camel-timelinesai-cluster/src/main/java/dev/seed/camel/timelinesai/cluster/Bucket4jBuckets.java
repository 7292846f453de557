package dev.seed.camel.timelinesai.cluster;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/** bucket4j's PostgreSQL backend (row lock with SELECT ... FOR UPDATE per command) on the bucket table. */
final class Bucket4jBuckets {
    private Bucket4jBuckets() {
    }

    /**
     * A proxy manager whose buckets are rows of {@code table} keyed by a string id; bucket times come from
     * {@code clock} (the wall clock in milliseconds, so replicas agree, unless a test gives another).
     */
    static ProxyManager<String> proxyManager(DataSource dataSource, String table, TimeMeter clock) {
        if (dataSource == null) {
            throw new IllegalArgumentException("A dataSource is needed for the bucket table " + table);
        }
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(SqlNames.table("tableName", table))
                .idColumn("id")
                .stateColumn("state")
                .clientClock(clock)
                .build();
    }
}
