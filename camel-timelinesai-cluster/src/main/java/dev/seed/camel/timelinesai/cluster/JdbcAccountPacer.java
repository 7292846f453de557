package dev.seed.camel.timelinesai.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import dev.seed.camel.timelinesai.TimelinesAiAccountPacer;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives each WhatsApp account one send turn at a time across replicas, on PostgreSQL: a row per account
 * ({@value ClusterSchema#TURN_TABLE} by default) says who holds the turn, until when, and when the next turn may
 * start. A turn is taken in one statement ({@code INSERT ... ON CONFLICT ... DO UPDATE ... WHERE} free and due) and
 * ended by setting the next start to the interval after the end, both on the database clock, so replica clocks do
 * not matter and an account's sends never overlap and reach TimelinesAI at least the interval apart. The holder
 * keeps its hold alive while its send runs; a replica that dies holding a turn loses it {@code holdExpiry} later.
 */
public class JdbcAccountPacer extends ServiceSupport implements TimelinesAiAccountPacer, CamelContextAware {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAccountPacer.class);
    private static final long MAX_BUSY_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final String table;
    private final String holderId = UUID.randomUUID().toString();
    private final AtomicLong turns = new AtomicLong();
    /** Accounts whose turn this pacer holds, with the hold's token. */
    private final Map<String, String> held = new ConcurrentHashMap<>();
    private final KeepAliveTimer keepAliveTimer = new KeepAliveTimer("TimelinesAiTurnKeepAlive", this::keepAlive);
    private final long busyPollNanos;
    private CamelContext camelContext;
    private long holdExpiry = 30_000;
    private long keepAliveInterval = 10_000;

    /** A pacer with TimelinesAI's own spacing of 2 seconds, on the default table. */
    public JdbcAccountPacer(DataSource dataSource) {
        this(dataSource, Duration.ofSeconds(2));
    }

    public JdbcAccountPacer(DataSource dataSource, Duration interval) {
        this(dataSource, ClusterSchema.TURN_TABLE, interval);
    }

    public JdbcAccountPacer(DataSource dataSource, String table, Duration interval) {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcAccountPacer needs a dataSource");
        }
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("JdbcAccountPacer needs a positive interval, was " + interval);
        }
        this.jdbc = new JdbcTemplate(dataSource);
        this.interval = interval;
        this.table = SqlNames.table("table", table);
        // while another replica's send holds the turn, ask again often enough to see its end well before the
        // interval that follows it has passed
        this.busyPollNanos = Math.max(1, Math.min(MAX_BUSY_POLL_NANOS, interval.toNanos() / 4));
    }

    @Override
    public long tryTakeTurn(String account) {
        String key = account == null ? "" : account;
        String token = holderId + "#" + turns.incrementAndGet();
        List<String> taken = jdbc.queryForList("INSERT INTO " + table + " AS t (account, holder, heldUntil, nextStart) "
                + "VALUES (?, ?, clock_timestamp() + ? * INTERVAL '1 millisecond', clock_timestamp()) "
                + "ON CONFLICT (account) DO UPDATE SET holder = EXCLUDED.holder, heldUntil = EXCLUDED.heldUntil "
                + "WHERE (t.holder IS NULL OR t.heldUntil < clock_timestamp()) AND t.nextStart <= clock_timestamp() "
                + "RETURNING t.holder", String.class, key, token, holdExpiry);
        if (!taken.isEmpty()) {
            held.put(key, token);
            if (!isStoppingOrStopped()) {
                keepAliveTimer.start(this, camelContext, keepAliveInterval);
            }
            return 0;
        }
        // microseconds to the next start, or -1 while a send holds the turn
        List<Long> untilNext = jdbc.queryForList("SELECT CASE WHEN holder IS NOT NULL AND heldUntil >= clock_timestamp() "
                + "THEN -1 ELSE CEIL(EXTRACT(EPOCH FROM (nextStart - clock_timestamp())) * 1000000)::BIGINT END "
                + "FROM " + table + " WHERE account = ?", Long.class, key);
        if (untilNext.isEmpty() || untilNext.get(0) < 0) {
            return busyPollNanos;
        }
        return Math.max(1, TimeUnit.MICROSECONDS.toNanos(untilNext.get(0)));
    }

    @Override
    public void endTurn(String account) {
        String key = account == null ? "" : account;
        String token = held.remove(key);
        if (token == null) {
            return;
        }
        int ended = jdbc.update("UPDATE " + table + " SET holder = NULL, heldUntil = NULL, "
                + "nextStart = clock_timestamp() + ? * INTERVAL '1 microsecond' WHERE account = ? AND holder = ?",
                TimeUnit.NANOSECONDS.toMicros(interval.toNanos()), key, token);
        if (ended == 0) {
            LOG.warn("The send turn of account {} expired before its send ended ({} ms without a refresh) and was "
                    + "taken over; raise holdExpiry above the longest send", key, holdExpiry);
        }
    }

    /** Refreshes the holds of the turns this pacer holds, so they do not expire while their sends run. */
    void keepAlive() {
        List<Object[]> rows = new ArrayList<>();
        held.forEach((key, token) -> rows.add(new Object[] { holdExpiry, key, token }));
        if (rows.isEmpty()) {
            return;
        }
        try {
            jdbc.batchUpdate("UPDATE " + table + " SET heldUntil = clock_timestamp() + ? * INTERVAL '1 millisecond' "
                    + "WHERE account = ? AND holder = ?", rows);
        } catch (DataAccessException e) {
            LOG.warn("Cannot refresh {} send turn hold(s) in {}; they expire after {} ms without a refresh: {}",
                    rows.size(), table, holdExpiry, e.getMessage());
        }
    }

    @Override
    protected void doStart() {
        if (keepAliveInterval < 1 || holdExpiry <= keepAliveInterval) {
            throw new IllegalArgumentException("Option holdExpiry (" + holdExpiry + " ms) must be longer than "
                    + "keepAliveInterval (" + keepAliveInterval + " ms), which must be positive");
        }
    }

    @Override
    protected void doStop() {
        keepAliveTimer.stop();
    }

    /** Turns this pacer holds now. */
    public int getHeldCount() {
        return held.size();
    }

    public Duration getInterval() {
        return interval;
    }

    public long getHoldExpiry() {
        return holdExpiry;
    }

    /**
     * Milliseconds after which a turn whose holder stopped refreshing it (it died) is free again; default 30000.
     * Must exceed keepAliveInterval.
     */
    public void setHoldExpiry(long holdExpiry) {
        this.holdExpiry = holdExpiry;
    }

    public long getKeepAliveInterval() {
        return keepAliveInterval;
    }

    /** Milliseconds between two refreshes of the turns this pacer holds; default 10000. */
    public void setKeepAliveInterval(long keepAliveInterval) {
        this.keepAliveInterval = keepAliveInterval;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public String toString() {
        return "JdbcAccountPacer[" + table + ", " + interval.toMillis() + " ms]";
    }
}
