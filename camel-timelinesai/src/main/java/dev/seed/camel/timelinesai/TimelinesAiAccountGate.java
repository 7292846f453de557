package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ShutdownPrepared;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paces sends per WhatsApp account (the value of a header): lets one exchange per account into the rest of the
 * route at a time, in arrival order, once the account's {@link TimelinesAiAccountPacer} gives it the turn, and ends
 * that turn when the exchange completes, so the account's next send starts no sooner than the interval after this
 * one was answered. Exchanges wait without holding a thread (a scheduled retry when the pacer says when to ask
 * again); one account's backlog never holds up another's. On stop, exchanges still waiting complete with a
 * {@link TimelinesAiException} saying nothing was sent.
 */
public class TimelinesAiAccountGate extends AsyncProcessorSupport implements CamelContextAware, ShutdownPrepared {
    private static final Logger LOG = LoggerFactory.getLogger(TimelinesAiAccountGate.class);
    /** How long an exchange waits before asking again when the pacer failed (its store is down). */
    static final long PACER_FAILURE_RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final String accountHeader;
    private final String pacerName;
    private volatile TimelinesAiAccountPacer pacer;
    /** Per account with an exchange in the gate: the exchanges queued behind it. */
    private final Map<String, Deque<Waiting>> queues = new HashMap<>();
    /** Exchanges whose next ask for the turn is scheduled. */
    private final Set<Waiting> scheduled = ConcurrentHashMap.newKeySet();
    private CamelContext camelContext;
    private volatile ScheduledExecutorService scheduler;

    /** A gate pacing with {@code pacer}. */
    public TimelinesAiAccountGate(String accountHeader, TimelinesAiAccountPacer pacer) {
        this.accountHeader = accountHeader;
        this.pacer = pacer;
        this.pacerName = null;
    }

    /**
     * A gate pacing with the {@link TimelinesAiAccountPacer} bean named {@code pacerName}, or, when that is empty,
     * with an in-JVM pacer of {@code intervalMillis} (the form the paced-send template and Kamelet use).
     */
    public TimelinesAiAccountGate(String accountHeader, long intervalMillis, String pacerName) {
        this.accountHeader = accountHeader;
        if (pacerName == null || pacerName.isBlank()) {
            this.pacer = new TimelinesAiLocalAccountPacer(Duration.ofMillis(positiveInterval(intervalMillis)));
            this.pacerName = null;
        } else {
            this.pacerName = pacerName.strip();
        }
    }

    /** The template parameter {@code interval} as milliseconds, or an error naming it. */
    static long interval(String intervalMillis) {
        try {
            return positiveInterval(Long.parseLong(intervalMillis == null ? "" : intervalMillis.strip()));
        } catch (NumberFormatException e) {
            throw intervalError(intervalMillis);
        }
    }

    private static long positiveInterval(long millis) {
        if (millis <= 0) {
            throw intervalError(Long.toString(millis));
        }
        return millis;
    }

    private static IllegalArgumentException intervalError(String value) {
        return new IllegalArgumentException("Parameter interval must be a positive number of milliseconds, was '"
                + value + "'");
    }

    /** The pacer bean named {@code name} in {@code context}, or an error naming the parameter. */
    static TimelinesAiAccountPacer lookupPacer(CamelContext context, String name) {
        TimelinesAiAccountPacer found = context.getRegistry().lookupByNameAndType(name, TimelinesAiAccountPacer.class);
        if (found == null) {
            throw new IllegalArgumentException("Parameter accountPacer names no TimelinesAiAccountPacer bean: '"
                    + name + "'");
        }
        return found;
    }

    @Override
    protected void doStart() throws Exception {
        if (camelContext == null) {
            throw new IllegalStateException("TimelinesAiAccountGate needs a CamelContext");
        }
        if (pacer == null) {
            pacer = lookupPacer(camelContext, pacerName);
        }
        // a pacer with a lifecycle (a shared store's) is started once, by the first gate; it may serve several
        CamelContextAware.trySetCamelContext(pacer, camelContext);
        ServiceHelper.startService(pacer);
        scheduler = camelContext.getExecutorServiceManager().newDefaultScheduledThreadPool(this,
                "TimelinesAiAccountTurn");
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Object account = exchange.getMessage().getHeader(accountHeader);
        Waiting waiting = new Waiting(account == null ? "" : account.toString(), exchange, callback);
        synchronized (queues) {
            Deque<Waiting> queue = queues.get(waiting.account);
            if (queue != null) {
                queue.addLast(waiting);
                return false;
            }
            queues.put(waiting.account, new ArrayDeque<>());
        }
        // on the scheduler even when the turn is free: the send must not hold the consumer's thread, which
        // brings the other accounts' exchanges
        askLater(waiting, 0);
        return false;
    }

    /** Asks the pacer for the account's turn: goes on with the exchange when given, else asks again later. */
    private void askForTurn(Waiting waiting) {
        long wait;
        try {
            wait = pacer.tryTakeTurn(waiting.account);
        } catch (RuntimeException e) {
            LOG.warn("Cannot take the send turn of account {} from {}; asking again in 1 s: {}", waiting.account,
                    pacer, e.getMessage());
            wait = PACER_FAILURE_RETRY_NANOS;
        }
        if (wait <= 0) {
            TurnEnd end = new TurnEnd(waiting.account);
            if (!waiting.claim()) {
                // stopped meanwhile: the exchange already failed, so the turn goes back at once
                end.onDone(waiting.exchange);
                return;
            }
            waiting.exchange.getExchangeExtension().addOnCompletion(end);
            waiting.callback.done(false);
            return;
        }
        askLater(waiting, wait);
    }

    /** Asks for the turn again after {@code nanos}, on the gate's scheduler; fails the exchange when stopped. */
    private void askLater(Waiting waiting, long nanos) {
        scheduled.add(waiting);
        ScheduledExecutorService executor = scheduler;
        try {
            if (executor == null) {
                throw new RejectedExecutionException("stopped");
            }
            executor.schedule(() -> {
                scheduled.remove(waiting);
                if (!waiting.finished.get()) {
                    askForTurn(waiting);
                }
            }, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            scheduled.remove(waiting);
            abandon(waiting);
        }
    }

    /** Ends the account's turn and lets its next exchange in this gate ask for the next one. */
    private final class TurnEnd extends SynchronizationAdapter {
        private final String account;

        private TurnEnd(String account) {
            this.account = account;
        }

        @Override
        public void onDone(Exchange done) {
            try {
                pacer.endTurn(account);
            } catch (RuntimeException e) {
                LOG.warn("Cannot end the send turn of account {} in {}; it ends when its hold expires: {}", account,
                        pacer, e.getMessage());
            }
            nextOf(account);
        }
    }

    private void nextOf(String account) {
        Waiting next;
        synchronized (queues) {
            Deque<Waiting> queue = queues.get(account);
            next = queue == null ? null : queue.pollFirst();
            if (next == null) {
                queues.remove(account);
                return;
            }
        }
        // on the scheduler, not in this exchange's completion: a chain of exchanges must not nest
        askLater(next, 0);
    }

    /** Exchanges waiting for their account's turn, across all accounts. */
    public int getWaitingCount() {
        synchronized (queues) {
            return scheduled.size() + queues.values().stream().mapToInt(Deque::size).sum();
        }
    }

    /**
     * When the route shuts down, exchanges still waiting for their turn fail at once (nothing was sent), rather than
     * keep the shutdown waiting for a backlog that may need hours of turns; exchanges that hold a turn finish.
     */
    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        if (!suspendOnly) {
            abandonWaiting();
        }
    }

    @Override
    protected void doStop() throws Exception {
        ScheduledExecutorService executor = scheduler;
        scheduler = null;
        if (executor != null) {
            camelContext.getExecutorServiceManager().shutdownNow(executor);
        }
        abandonWaiting();
        super.doStop();
    }

    private void abandonWaiting() {
        List<Waiting> abandoned = new ArrayList<>(scheduled);
        scheduled.clear();
        synchronized (queues) {
            queues.values().forEach(abandoned::addAll);
            queues.clear();
        }
        abandoned.forEach(TimelinesAiAccountGate::abandon);
    }

    private static void abandon(Waiting waiting) {
        if (!waiting.claim()) {
            return;
        }
        TimelinesAiException notSent = new TimelinesAiException("The route stopped while this message waited "
                + "for its account's turn; nothing was sent", null);
        waiting.exchange.setException(notSent);
        waiting.exchange.setProperty(TimelinesAiConstants.FAILURE_PROPERTY, notSent);
        waiting.callback.done(false);
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
        return "TimelinesAiAccountGate[" + accountHeader + ", " + (pacer != null ? pacer : pacerName) + "]";
    }

    /** An exchange on its way through the gate; {@link #claim()} lets exactly one of going on or failing win. */
    private static final class Waiting {
        private final String account;
        private final Exchange exchange;
        private final AsyncCallback callback;
        private final AtomicBoolean finished = new AtomicBoolean();

        private Waiting(String account, Exchange exchange, AsyncCallback callback) {
            this.account = account;
            this.exchange = exchange;
            this.callback = callback;
        }

        private boolean claim() {
            return finished.compareAndSet(false, true);
        }
    }
}
