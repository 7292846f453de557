package dev.seed.camel.timelinesai.consumer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.Exchange;
import org.apache.camel.RollbackExchangeException;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.UnitOfWorkHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one exchange through a consumer's route and reports the outcome exactly once, the same way in every
 * mode: an exception, any {@link Throwable} the route throws, or a rollback-only mark is a failure, which also
 * goes to the consumer's {@link org.apache.camel.spi.ExceptionHandler}.
 */
public final class RouteCall {
    private static final Logger LOG = LoggerFactory.getLogger(RouteCall.class);

    private RouteCall() {
    }

    /** Runs the route asynchronously; {@code finish} gets {@code PROCESSED} or {@code FAILED} once. */
    public static void run(DefaultConsumer consumer, Exchange exchange, String what, DeliveryCallback finish) {
        AtomicBoolean reported = new AtomicBoolean();
        try {
            consumer.getAsyncProcessor().process(exchange, doneSync -> {
                if (reported.compareAndSet(false, true)) {
                    Throwable failure = failureOf(exchange);
                    report(consumer, exchange, what, failure);
                    consumer.releaseExchange(exchange, false);
                    finish.done(failure == null ? DeliveryOutcome.PROCESSED : DeliveryOutcome.FAILED, failure);
                }
            });
        } catch (Throwable thrown) {
            // the route threw past Camel's error handling; a late completion of this exchange is ignored
            if (reported.compareAndSet(false, true)) {
                abandon(consumer, exchange, thrown);
                report(consumer, exchange, what, thrown);
                finish.done(DeliveryOutcome.FAILED, thrown);
            }
        }
    }

    /** Ends an exchange Camel's routing gave up on half-way, so it does not stay in flight and delay shutdown. */
    private static void abandon(DefaultConsumer consumer, Exchange exchange, Throwable thrown) {
        try {
            exchange.setException(thrown);
            UnitOfWorkHelper.doneUow(exchange.getUnitOfWork(), exchange);
            consumer.getEndpoint().getCamelContext().getInflightRepository().remove(exchange, consumer.getRouteId());
        } catch (RuntimeException e) {
            LOG.debug("Could not end the abandoned exchange {}", exchange.getExchangeId(), e);
        }
    }

    /** Runs the route and waits for its outcome (poll mode). */
    public static DeliveryOutcome runAndWait(DefaultConsumer consumer, Exchange exchange, String what) {
        CompletableFuture<DeliveryOutcome> outcome = new CompletableFuture<>();
        run(consumer, exchange, what, (result, failure) -> outcome.complete(result));
        return outcome.join();
    }

    /** The exchange's failure: its exception, or a rollback for an exchange marked rollback-only. */
    public static Throwable failureOf(Exchange exchange) {
        if (exchange.getException() != null) {
            return exchange.getException();
        }
        if (exchange.isRollbackOnly() || exchange.isRollbackOnlyLast()) {
            return new RollbackExchangeException("The route marked the exchange rollback-only", exchange);
        }
        return null;
    }

    private static void report(DefaultConsumer consumer, Exchange exchange, String what, Throwable failure) {
        if (failure != null) {
            consumer.getExceptionHandler().handleException("Route failed on " + what, exchange, failure);
        }
    }
}
