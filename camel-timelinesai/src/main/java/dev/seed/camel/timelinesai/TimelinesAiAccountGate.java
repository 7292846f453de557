package dev.seed.camel.timelinesai;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Lets one exchange per account (the value of a header) into the rest of the route at a time; the others wait
 * in order, without holding a thread, and go on when the previous one of their account has completed. Placed
 * before a Throttle correlated on the same header, it keeps each account's order and keeps one busy account from
 * starving the others (the Throttle wakes all delayed exchanges of a key together). On stop, exchanges still
 * waiting complete with a {@link TimelinesAiException} saying nothing was sent.
 */
public class TimelinesAiAccountGate extends AsyncProcessorSupport {
    private final String accountHeader;
    private final Map<String, Deque<Waiting>> waiting = new HashMap<>();

    public TimelinesAiAccountGate(String accountHeader) {
        this.accountHeader = accountHeader;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        String key = String.valueOf(exchange.getMessage().getHeader(accountHeader));
        synchronized (waiting) {
            Deque<Waiting> queue = waiting.get(key);
            if (queue != null) {
                queue.addLast(new Waiting(exchange, callback));
                return false;
            }
            waiting.put(key, new ArrayDeque<>());
        }
        releaseOnCompletion(key, exchange);
        callback.done(true);
        return true;
    }

    private void releaseOnCompletion(String key, Exchange exchange) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                release(key);
            }
        });
    }

    private void release(String key) {
        Waiting next;
        synchronized (waiting) {
            Deque<Waiting> queue = waiting.get(key);
            next = queue == null ? null : queue.pollFirst();
            if (next == null) {
                waiting.remove(key);
                return;
            }
        }
        releaseOnCompletion(key, next.exchange());
        next.callback().done(false);
    }

    /** Exchanges waiting for their account, across all accounts. */
    public int getWaitingCount() {
        synchronized (waiting) {
            return waiting.values().stream().mapToInt(Deque::size).sum();
        }
    }

    @Override
    protected void doStop() throws Exception {
        List<Waiting> abandoned = new ArrayList<>();
        synchronized (waiting) {
            waiting.values().forEach(abandoned::addAll);
            waiting.clear();
        }
        for (Waiting w : abandoned) {
            TimelinesAiException notSent = new TimelinesAiException("The route stopped while this message waited "
                    + "for its account's turn; nothing was sent", null);
            w.exchange().setException(notSent);
            w.exchange().setProperty(TimelinesAiConstants.FAILURE_PROPERTY, notSent);
            w.callback().done(false);
        }
        super.doStop();
    }

    private record Waiting(Exchange exchange, AsyncCallback callback) {
    }
}
