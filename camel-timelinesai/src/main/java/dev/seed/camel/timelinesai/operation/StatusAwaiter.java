package dev.seed.camel.timelinesai.operation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dev.seed.camel.timelinesai.TimelinesAiAwaitTimeoutException;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiMessageFailedException;
import dev.seed.camel.timelinesai.TimelinesAiMessageOptions;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.MessageStatus;
import org.apache.camel.AsyncCallback;

/**
 * {@code messages/awaitStatus} and {@code wabaMessages/awaitStatus} (the same status names): polls a message's
 * status history on a scheduler, without holding a thread between polls, until it reaches the expected status (or
 * a later one), fails, or the timeout passes.
 */
public final class StatusAwaiter {
    private static final Map<String, Integer> RANK = Map.of("Pending", 0, "Sending", 0, "Sent", 1, "Delivered", 2,
            "Read", 3);

    private final Function<String, List<MessageStatus>> statusHistory;
    private final ScheduledExecutorService scheduler;

    /** Waits for a QR-linked message ({@code GET /messages/{uid}/status_history}). */
    public StatusAwaiter(TimelinesAiClient client, ScheduledExecutorService scheduler) {
        this(client.messages()::statusHistory, scheduler);
    }

    /** Waits on the status history that {@code statusHistory} reads for a uid (e.g. a WABA message's). */
    StatusAwaiter(Function<String, List<MessageStatus>> statusHistory, ScheduledExecutorService scheduler) {
        this.statusHistory = statusHistory;
        this.scheduler = scheduler;
    }

    /** Starts waiting; the callback is completed exactly once, from a scheduler thread. */
    void start(Params p, AsyncCallback callback) {
        String uid = MessageOperations.uid(p);
        TimelinesAiMessageOptions o = p.config().getMessageOptions();
        String expected = p.string(TimelinesAiConstants.EXPECTED_STATUS, o.getExpectedStatus());
        if (!RANK.containsKey(expected) || RANK.get(expected) == 0) {
            throw new IllegalArgumentException("expectedStatus must be Sent, Delivered or Read, was " + expected);
        }
        long timeout = o.getAwaitTimeout();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
        scheduler.execute(() -> poll(p, callback, uid, expected, timeout, deadline));
    }

    private void poll(Params p, AsyncCallback callback, String uid, String expected, long timeout, long deadline) {
        String last = null;
        try {
            List<MessageStatus> history = statusHistory.apply(uid);
            for (MessageStatus s : history) {
                last = s.status();
                if ("Failed".equalsIgnoreCase(s.status())) {
                    String detail = s.failureReason() == null ? null
                            : s.failureReason().title() + ": " + s.failureReason().details();
                    p.exchange().setException(new TimelinesAiMessageFailedException(uid, detail));
                    callback.done(false);
                    return;
                }
            }
            for (MessageStatus s : history) {
                Integer rank = RANK.get(s.status());
                if (rank != null && rank >= RANK.get(expected)) {
                    p.setBody(history.get(history.size() - 1));
                    p.setHeader(TimelinesAiConstants.MESSAGE_STATUS, history.get(history.size() - 1).status());
                    p.setHeader(TimelinesAiConstants.MESSAGE_UID, uid);
                    callback.done(false);
                    return;
                }
            }
        } catch (RuntimeException e) {
            p.exchange().setException(e);
            callback.done(false);
            return;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            p.exchange().setException(new TimelinesAiAwaitTimeoutException(uid, expected, last, timeout));
            callback.done(false);
            return;
        }
        long interval = p.config().getMessageOptions().getPollInterval();
        long delay = Math.min(TimeUnit.MILLISECONDS.toNanos(interval), remaining);
        try {
            scheduler.schedule(() -> poll(p, callback, uid, expected, timeout, deadline), delay, TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) {
            p.exchange().setException(e);
            callback.done(false);
        }
    }
}
