package dev.seed.camel.timelinesai.operation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
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
 * status history with a {@link ScheduledPoll} until it reaches the expected status (or a later one), fails, or the
 * timeout passes.
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

    /**
     * Starts waiting; from then on the callback is completed exactly once. A bad expectedStatus is thrown instead;
     * awaitTimeout counts from here.
     */
    void start(Params p, AsyncCallback callback) {
        String uid = MessageOperations.uid(p);
        TimelinesAiMessageOptions o = p.config().getMessageOptions();
        String expected = p.string(TimelinesAiConstants.EXPECTED_STATUS, o.getExpectedStatus());
        if (!RANK.containsKey(expected) || RANK.get(expected) == 0) {
            throw new IllegalArgumentException("expectedStatus must be Sent, Delivered or Read, was " + expected);
        }
        AtomicReference<String> last = new AtomicReference<>();
        new ScheduledPoll(scheduler, p.exchange(), callback).run(() -> reached(p, uid, expected, last),
                o.getPollInterval(), o.getAwaitTimeout(),
                () -> new TimelinesAiAwaitTimeoutException(uid, expected, last.get(), o.getAwaitTimeout()));
    }

    /** One poll: {@code true} once the history reached {@code expected} (the answer is then on the exchange). */
    private boolean reached(Params p, String uid, String expected, AtomicReference<String> last) {
        List<MessageStatus> history = statusHistory.apply(uid);
        last.set(history.isEmpty() ? null : history.get(history.size() - 1).status());
        for (MessageStatus s : history) {
            if ("Failed".equalsIgnoreCase(s.status())) {
                String detail = s.failureReason() == null ? null
                        : s.failureReason().title() + ": " + s.failureReason().details();
                throw new TimelinesAiMessageFailedException(uid, detail);
            }
        }
        for (MessageStatus s : history) {
            Integer rank = RANK.get(s.status());
            if (rank != null && rank >= RANK.get(expected)) {
                MessageStatus latest = history.get(history.size() - 1);
                p.setBody(latest);
                p.setHeader(TimelinesAiConstants.MESSAGE_STATUS, latest.status());
                p.setHeader(TimelinesAiConstants.MESSAGE_UID, uid);
                return true;
            }
        }
        return false;
    }
}
