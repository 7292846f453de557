package dev.seed.camel.timelinesai.simulator.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The most recent webhook delivery attempts, oldest first, bounded to a fixed number of entries. */
public final class DeliveryLog {
    /** As the vendor's execution log: the last 1000 activations. */
    public static final int DEFAULT_CAPACITY = 1000;
    private final int capacity;
    private final Deque<DeliveryAttempt> attempts = new ArrayDeque<>();

    public DeliveryLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    public synchronized void add(DeliveryAttempt attempt) {
        if (attempts.size() == capacity) {
            attempts.removeFirst();
        }
        attempts.addLast(attempt);
    }

    public synchronized List<DeliveryAttempt> all() {
        return new ArrayList<>(attempts);
    }

    /** Attempts of one event type; every attempt when {@code eventType} is null. */
    public synchronized List<DeliveryAttempt> ofType(String eventType) {
        return attempts.stream().filter(a -> eventType == null || a.eventType().equals(eventType)).toList();
    }

    public synchronized void clear() {
        attempts.clear();
    }
}
