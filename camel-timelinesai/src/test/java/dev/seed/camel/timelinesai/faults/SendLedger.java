package dev.seed.camel.timelinesai.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the route reported for each business message (by its marker): accepted with a uid, failed or ambiguous. */
final class SendLedger {

    enum Kind { ACCEPTED, FAILED, AMBIGUOUS }

    /** One message's report: its kind, the message uid when accepted, the exception class otherwise. */
    record Outcome(Kind kind, String uid, String error, long chatId) {
    }

    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger doubleReports = new AtomicInteger();

    void report(String marker, Outcome outcome) {
        if (outcomes.putIfAbsent(marker, outcome) != null) {
            doubleReports.incrementAndGet();
        }
    }

    int size() {
        return outcomes.size();
    }

    Map<String, Outcome> outcomes() {
        return Map.copyOf(outcomes);
    }

    long count(Kind kind) {
        return outcomes.values().stream().filter(o -> o.kind() == kind).count();
    }

    int doubleReports() {
        return doubleReports.get();
    }
}
