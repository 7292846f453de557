package dev.seed.camel.timelinesai.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.consumer.ClaimingIdempotentRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Camel's {@link JdbcMessageIdRepository} (camel-sql) turned into a {@link ClaimingIdempotentRepository} on
 * PostgreSQL, for webhook consumers on several replicas: a key is claimed atomically ({@code INSERT ... ON CONFLICT}
 * on the primary key), the claim is kept alive while its holder runs (as camel-sql's
 * {@code JdbcOrphanLockAwareIdempotentRepository} does for its locks) and expires {@code claimExpiry} after its
 * holder stopped refreshing it (died), after which another replica takes it over. {@link #confirm(String)} marks
 * the key done; {@link #remove(String)} deletes only an unconfirmed claim this instance still holds, so a failed
 * event's key is never kept and a taken-over or done mark is never lost. Times come from the database clock.
 */
public class JdbcClaimingIdempotentRepository extends JdbcMessageIdRepository
        implements ClaimingIdempotentRepository, CamelContextAware {
    private static final int CLAIM_ATTEMPTS = 5;
    private final String holderId = UUID.randomUUID().toString();
    private final AtomicLong claims = new AtomicLong();
    /** Keys this instance holds an unconfirmed claim on, with the claim's token. */
    private final Map<String, String> held = new ConcurrentHashMap<>();
    private CamelContext camelContext;
    private long claimExpiry = 30_000;
    private long keepAliveInterval = 10_000;
    private String table = ClusterSchema.CLAIM_TABLE;
    private final KeepAliveTimer keepAliveTimer = new KeepAliveTimer("TimelinesAiClaimKeepAlive", this::keepAlive);

    public JdbcClaimingIdempotentRepository() {
    }

    /** A repository on {@code dataSource} whose keys are kept under {@code processorName} (one per consumer). */
    public JdbcClaimingIdempotentRepository(DataSource dataSource, String processorName) {
        super(dataSource, processorName);
    }

    public JdbcClaimingIdempotentRepository(DataSource dataSource, TransactionTemplate transactionTemplate,
                                            String processorName) {
        super(dataSource, transactionTemplate, processorName);
    }

    @Override
    protected void doInit() throws Exception {
        if (jdbcTemplate == null && dataSource != null) {
            // configured as a bean with the dataSource property (camel-sql's own class needs a jdbcTemplate then)
            jdbcTemplate = new JdbcTemplate(dataSource);
            if (transactionTemplate == null) {
                transactionTemplate = createTransactionTemplate(dataSource);
            }
        }
        if (jdbcTemplate == null) {
            throw new IllegalArgumentException("JdbcClaimingIdempotentRepository needs a dataSource or jdbcTemplate");
        }
        if (transactionTemplate == null && jdbcTemplate.getDataSource() != null) {
            transactionTemplate = createTransactionTemplate(jdbcTemplate.getDataSource());
        }
        if (processorName == null || processorName.isBlank()) {
            throw new IllegalArgumentException("JdbcClaimingIdempotentRepository needs a processorName (one per "
                    + "consumer sharing the table)");
        }
        if (keepAliveInterval < 1 || claimExpiry <= keepAliveInterval) {
            throw new IllegalArgumentException("Option claimExpiry (" + claimExpiry + " ms) must be longer than "
                    + "keepAliveInterval (" + keepAliveInterval + " ms), which must be positive");
        }
        // after camel-sql's doInit, which derives its own statements from tableName
        super.doInit();
        setTableExistsString("SELECT 1 FROM " + table + " WHERE 1 = 0");
        setCreateString(ClusterSchema.createStatement(ClusterSchema.CLAIM_TABLE)
                .replaceFirst(ClusterSchema.CLAIM_TABLE, table));
    }

    /** Creates the table when missing (createTableIfNotExists, with an idempotent statement) and starts refreshing claims. */
    @Override
    protected void doStart() throws Exception {
        if (isCreateTableIfNotExists()) {
            transactionTemplate.executeWithoutResult(status -> {
                jdbcTemplate.execute(ClusterSchema.CREATE_LOCK);
                jdbcTemplate.execute(getCreateString());
            });
        } else {
            jdbcTemplate.execute(getTableExistsString());
        }
        startKeepAlive();
    }

    @Override
    protected void doStop() throws Exception {
        keepAliveTimer.stop();
        super.doStop();
    }

    @Override
    public Claim claim(String key) {
        requireKey(key);
        if (jdbcTemplate == null) {
            init();
        }
        if (!isStopped()) {
            // also when used without start(); a stopped repository refreshes nothing and its claims expire
            startKeepAlive();
        }
        String token = holderId + "#" + claims.incrementAndGet();
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            List<String> taken = jdbcTemplate.queryForList("INSERT INTO " + table + " AS c (processorName, messageId, "
                    + "createdAt, confirmed, claimHolder) VALUES (?, ?, clock_timestamp(), FALSE, ?) "
                    + "ON CONFLICT (processorName, messageId) DO UPDATE SET createdAt = EXCLUDED.createdAt, "
                    + "claimHolder = EXCLUDED.claimHolder WHERE c.confirmed = FALSE "
                    + "AND c.createdAt < clock_timestamp() - ? * INTERVAL '1 millisecond' RETURNING c.claimHolder",
                    String.class, processorName, key, token, claimExpiry);
            if (!taken.isEmpty()) {
                held.put(key, token);
                return Claim.CLAIMED;
            }
            List<Boolean> confirmed = jdbcTemplate.queryForList("SELECT confirmed FROM " + table
                    + " WHERE processorName = ? AND messageId = ?", Boolean.class, processorName, key);
            if (!confirmed.isEmpty()) {
                return confirmed.get(0) ? Claim.DONE : Claim.IN_PROGRESS;
            }
            // the holder removed its claim between the two statements: try again
        }
        return Claim.IN_PROGRESS;
    }

    /** Claims {@code key}; {@code true} when this caller now holds it (the Idempotent Consumer EIP's contract). */
    @Override
    public boolean add(String key) {
        return claim(key) == Claim.CLAIMED;
    }

    /** Whether the key is done or under an unexpired claim. */
    @Override
    public boolean contains(String key) {
        requireKey(key);
        Integer count = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE processorName = ? "
                + "AND messageId = ? AND (confirmed OR createdAt >= clock_timestamp() - ? * INTERVAL '1 millisecond')",
                Integer.class, processorName, key, claimExpiry);
        return count != null && count > 0;
    }

    /** Marks the key done (whoever holds it now): later claims answer {@link Claim#DONE}. */
    @Override
    public boolean confirm(String key) {
        requireKey(key);
        String token = held.remove(key);
        jdbcTemplate.update("INSERT INTO " + table + " AS c (processorName, messageId, createdAt, confirmed, "
                + "claimHolder) VALUES (?, ?, clock_timestamp(), TRUE, ?) ON CONFLICT (processorName, messageId) "
                + "DO UPDATE SET confirmed = TRUE, createdAt = EXCLUDED.createdAt",
                processorName, key, token == null ? holderId : token);
        return true;
    }

    /**
     * Deletes this instance's unconfirmed claim on the key, so a redelivery is processed; {@code false} (and no
     * change) when the key is done, or its claim expired and was taken over, or this instance never held it.
     */
    @Override
    public boolean remove(String key) {
        requireKey(key);
        String token = held.remove(key);
        if (token == null) {
            return false;
        }
        return jdbcTemplate.update("DELETE FROM " + table + " WHERE processorName = ? AND messageId = ? "
                + "AND confirmed = FALSE AND claimHolder = ?", processorName, key, token) > 0;
    }

    /** Deletes every key of this processorName, done or claimed. */
    @Override
    public void clear() {
        held.clear();
        jdbcTemplate.update("DELETE FROM " + table + " WHERE processorName = ?", processorName);
    }

    /** Refreshes the claims this instance holds, so they do not expire while their work runs. */
    void keepAlive() {
        List<Object[]> rows = new ArrayList<>();
        held.forEach((key, token) -> rows.add(new Object[] { processorName, key, token }));
        if (rows.isEmpty()) {
            return;
        }
        try {
            jdbcTemplate.batchUpdate("UPDATE " + table + " SET createdAt = clock_timestamp() WHERE processorName = ? "
                    + "AND messageId = ? AND claimHolder = ? AND confirmed = FALSE", rows);
        } catch (DataAccessException e) {
            log.warn("Cannot refresh {} claim(s) in {}; they expire after {} ms without a refresh: {}", rows.size(),
                    table, claimExpiry, e.getMessage());
        }
    }

    private void startKeepAlive() {
        keepAliveTimer.start(this, camelContext, keepAliveInterval);
    }

    private static void requireKey(String key) {
        if (key == null) {
            throw new IllegalArgumentException("The idempotent key must not be null");
        }
    }

    /** Claims this instance holds and has neither confirmed nor removed. */
    public int getHeldCount() {
        return held.size();
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    public long getClaimExpiry() {
        return claimExpiry;
    }

    /**
     * Milliseconds after which an unconfirmed claim no longer refreshed by its holder (which died) can be taken
     * over; default 30000. Must exceed keepAliveInterval.
     */
    public void setClaimExpiry(long claimExpiry) {
        this.claimExpiry = claimExpiry;
    }

    public long getKeepAliveInterval() {
        return keepAliveInterval;
    }

    /** Milliseconds between two refreshes of the claims this instance holds; default 10000. */
    public void setKeepAliveInterval(long keepAliveInterval) {
        this.keepAliveInterval = keepAliveInterval;
    }

    /** The table (default {@value ClusterSchema#CLAIM_TABLE}); a plain, optionally schema-qualified name. */
    @Override
    public void setTableName(String tableName) {
        this.table = SqlNames.table("tableName", tableName);
        super.setTableName(tableName);
    }

    @Override
    public String toString() {
        return "JdbcClaimingIdempotentRepository[" + table + ", " + processorName + "]";
    }
}
