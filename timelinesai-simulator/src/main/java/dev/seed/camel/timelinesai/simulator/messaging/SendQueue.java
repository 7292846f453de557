package dev.seed.camel.timelinesai.simulator.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The send queue of one WhatsApp account: messages wait in order and leave one at a time, each at least the
 * configured gap after the previous one. The owning {@link Outbox} drives it under its lock.
 */
final class SendQueue {
    private final Deque<OutboundSend> waiting = new ArrayDeque<>();
    private Instant lastDispatch;
    private Instant due;

    void add(OutboundSend send) {
        waiting.addLast(send);
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** Whether a dispatch is already planned. */
    boolean armed() {
        return due != null;
    }

    /** Plans the next dispatch: right away after an idle period, else {@code gap} after the last one. */
    Instant arm(Instant now, Duration gap) {
        due = lastDispatch == null || !lastDispatch.plus(gap).isAfter(now) ? now : lastDispatch.plus(gap);
        return due;
    }

    Instant due() {
        return due;
    }

    /** Takes the next message out at {@code now}; the queue is unarmed afterwards. */
    OutboundSend take(Instant now) {
        lastDispatch = now;
        due = null;
        return waiting.pollFirst();
    }
}
