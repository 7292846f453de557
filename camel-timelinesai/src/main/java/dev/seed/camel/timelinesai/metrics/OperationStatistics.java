package dev.seed.camel.timelinesai.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.seed.camel.timelinesai.TimelinesAiAmbiguousSendException;
import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.TimelinesAiInsufficientCreditsException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Calls of the producer endpoints by operation and outcome ({@code success} or an error type such as
 * {@code http_401}, {@code credits_refused}, {@code ambiguous_send}, {@code connection}), and the messaging
 * credits the credit check took.
 */
public final class OperationStatistics {
    /** The outcome of a call that succeeded. */
    public static final String SUCCESS = "success";

    private final CounterSet calls = new CounterSet();
    private final AtomicLong creditsUsed = new AtomicLong();

    /** Wraps a producer callback so that the call is counted once it is done. */
    public AsyncCallback counting(TimelinesAiEndpoint endpoint, Exchange exchange, AsyncCallback callback) {
        return forOperation(endpoint.getConfiguration().getApi() + "/" + endpoint.getConfiguration().getOperation())
                .counting(exchange, callback);
    }

    /** The counter of one operation's calls, for a producer to keep: it resolves the success counter once. */
    public OperationCalls forOperation(String operation) {
        return new OperationCalls(operation);
    }

    /** Counts the calls of one operation; a success costs one atomic increment, no key lookup. */
    public final class OperationCalls {
        private final String operation;
        private volatile AtomicLong success;

        private OperationCalls(String operation) {
            this.operation = operation;
        }

        /** Wraps a producer callback so that the call is counted once it is done. */
        public AsyncCallback counting(Exchange exchange, AsyncCallback callback) {
            return doneSync -> {
                try {
                    count(exchange.getException());
                } finally {
                    callback.done(doneSync);
                }
            };
        }

        void count(Exception failure) {
            if (failure != null) {
                calls.increment(operation, outcome(failure));
                return;
            }
            AtomicLong counter = success;
            if (counter == null) {
                // resolved at the first success, so an operation never called still shows no counter
                counter = calls.counter(operation, SUCCESS);
                success = counter;
            }
            counter.incrementAndGet();
        }
    }

    /** Counts messaging credits taken by the credit check for a send. */
    public void creditsUsed(int credits) {
        creditsUsed.addAndGet(credits);
    }

    public long getCreditsUsed() {
        return creditsUsed.get();
    }

    /** The calls by operation and outcome. */
    public CounterSet calls() {
        return calls;
    }

    /** Per operation: {@code calls} and each outcome with its count. */
    public Map<String, Map<String, Long>> byOperation() {
        Map<String, Map<String, Long>> result = new TreeMap<>();
        calls.snapshot().forEach((key, count) -> {
            Map<String, Long> figures = result.computeIfAbsent(key.first(), k -> new TreeMap<>());
            figures.merge("calls", count, Long::sum);
            figures.put(key.second(), count);
        });
        return result;
    }

    /** A short, stable name of what went wrong (never a message, so never a secret). */
    static String outcome(Exception failure) {
        if (failure == null) {
            return SUCCESS;
        }
        if (failure instanceof TimelinesAiInsufficientCreditsException) {
            return "credits_refused";
        }
        if (failure instanceof TimelinesAiAmbiguousSendException) {
            return "ambiguous_send";
        }
        if (failure instanceof TimelinesAiException e && e.getHttpStatus() > 0) {
            return "http_" + e.getHttpStatus();
        }
        if (failure instanceof TimelinesAiException e && e.getCause() instanceof java.io.IOException) {
            return "connection";
        }
        return failure.getClass().getSimpleName();
    }
}
