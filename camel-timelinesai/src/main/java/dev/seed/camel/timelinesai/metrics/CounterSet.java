package dev.seed.camel.timelinesai.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Counters keyed by a pair of tag values (for example operation and outcome); a listener learns of every new
 * counter, so a meter registry can publish counters that appear after it was bound.
 */
public final class CounterSet {
    /** The two tag values of one counter. */
    public record Key(String first, String second) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int c = first.compareTo(other.first);
            return c != 0 ? c : second.compareTo(other.second);
        }
    }

    private final Map<Key, AtomicLong> counters = new ConcurrentSkipListMap<>();
    private final List<BiConsumer<Key, AtomicLong>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Key, Boolean> announced = new ConcurrentHashMap<>();

    /** Adds one to the counter of {@code (first, second)}. */
    public void increment(String first, String second) {
        counter(first, second).incrementAndGet();
    }

    /** The counter of {@code (first, second)}, created (and announced) on first use. */
    AtomicLong counter(String first, String second) {
        Key key = new Key(first == null ? "unknown" : first, second == null ? "unknown" : second);
        AtomicLong counter = counters.computeIfAbsent(key, k -> new AtomicLong());
        if (announced.putIfAbsent(key, Boolean.TRUE) == null) {
            listeners.forEach(l -> l.accept(key, counter));
        }
        return counter;
    }

    /** The value of one counter, 0 when it never counted. */
    public long get(String first, String second) {
        AtomicLong counter = counters.get(new Key(first, second));
        return counter == null ? 0 : counter.get();
    }

    /** The sum of the counters whose first tag is {@code first}. */
    public long sum(String first) {
        return counters.entrySet().stream().filter(e -> e.getKey().first().equals(first))
                .mapToLong(e -> e.getValue().get()).sum();
    }

    /** A snapshot, sorted by key. */
    public Map<Key, Long> snapshot() {
        Map<Key, Long> copy = new ConcurrentSkipListMap<>();
        counters.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /** Tells {@code listener} of every counter, the existing ones at once. */
    public void onCounter(BiConsumer<Key, AtomicLong> listener) {
        listeners.add(listener);
        counters.forEach(listener);
    }
}
