package dev.seed.camel.timelinesai.testsupport;

import java.util.HashMap;
import java.util.Map;

import dev.seed.camel.timelinesai.consumer.ClaimingIdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link ClaimingIdempotentRepository} in memory for tests: several replicas (each with a holder name) share one
 * {@link Store}; a claim neither confirmed nor removed expires after the store's expiry on a clock the test moves, so
 * nothing here depends on real time.
 */
public final class MemoryClaimingRepository extends ServiceSupport implements ClaimingIdempotentRepository {

    /** The keys the replicas share, and the test's clock. */
    public static final class Store {
        private final Map<String, Entry> entries = new HashMap<>();
        private final long expiryMillis;
        private long now;
        private RuntimeException outage;

        public Store(long expiryMillis) {
            this.expiryMillis = expiryMillis;
        }

        /** The repository of one replica. */
        public MemoryClaimingRepository replica(String holder) {
            return new MemoryClaimingRepository(this, holder);
        }

        /** Moves the clock: claims older than the expiry can be taken over. */
        public synchronized void advance(long millis) {
            now += millis;
        }

        /** Makes every call fail with {@code failure} (a database outage) until called with {@code null}. */
        public synchronized void failWith(RuntimeException failure) {
            outage = failure;
        }

        private void check() {
            if (outage != null) {
                throw outage;
            }
        }

        /** Whether {@code key} was confirmed (processed). */
        public synchronized boolean isDone(String key) {
            Entry entry = entries.get(key);
            return entry != null && entry.done();
        }

        /** The holder of an unconfirmed claim on {@code key}, or {@code null}. */
        public synchronized String claimHolder(String key) {
            Entry entry = entries.get(key);
            return entry == null || entry.done() ? null : entry.holder();
        }

        private boolean expired(Entry entry) {
            return !entry.done() && now - entry.claimedAt() >= expiryMillis;
        }
    }

    private record Entry(String holder, boolean done, long claimedAt) {
    }

    private final Store store;
    private final String holder;

    private MemoryClaimingRepository(Store store, String holder) {
        this.store = store;
        this.holder = holder;
    }

    @Override
    public Claim claim(String key) {
        synchronized (store) {
            store.check();
            Entry entry = store.entries.get(key);
            if (entry != null && entry.done()) {
                return Claim.DONE;
            }
            if (entry != null && !store.expired(entry)) {
                return Claim.IN_PROGRESS;
            }
            store.entries.put(key, new Entry(holder, false, store.now));
            return Claim.CLAIMED;
        }
    }

    @Override
    public boolean add(String key) {
        return claim(key) == Claim.CLAIMED;
    }

    @Override
    public boolean contains(String key) {
        synchronized (store) {
            Entry entry = store.entries.get(key);
            return entry != null && (entry.done() || !store.expired(entry));
        }
    }

    /** Deletes this replica's own unconfirmed claim only: never a processed key, never another holder's claim. */
    @Override
    public boolean remove(String key) {
        synchronized (store) {
            Entry entry = store.entries.get(key);
            if (entry == null || entry.done() || !holder.equals(entry.holder())) {
                return false;
            }
            store.entries.remove(key);
            return true;
        }
    }

    @Override
    public boolean confirm(String key) {
        synchronized (store) {
            Entry entry = store.entries.get(key);
            if (entry == null || entry.done() || !holder.equals(entry.holder())) {
                return false;
            }
            store.entries.put(key, new Entry(holder, true, entry.claimedAt()));
            return true;
        }
    }

    @Override
    public void clear() {
        synchronized (store) {
            store.entries.clear();
        }
    }

    @Override
    public String toString() {
        return "MemoryClaimingRepository[" + holder + "]";
    }
}
