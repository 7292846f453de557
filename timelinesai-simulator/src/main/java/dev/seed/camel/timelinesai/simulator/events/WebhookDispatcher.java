package dev.seed.camel.timelinesai.simulator.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers webhook events the way TimelinesAI does: a JSON POST to every enabled subscription of the event
 * type, without signature or auth header; any 2xx within the timeout is a success; otherwise it retries up to
 * the configured number of attempts, then counts one failure on the subscription. It never disables one.
 */
public final class WebhookDispatcher {
    /** Bumped by {@link #clear()}: deliveries of an earlier generation stop and are not logged. */
    private final AtomicLong generation = new AtomicLong();
    /** What the deliveries present themselves as. */
    public static final String USER_AGENT = "TimelinesAI-Webhooks/2.0 (+https://timelines.ai; simulator)";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final Vertx vertx;
    private final SimulatorState state;
    private final SimulatorOptions options;
    private final HttpClient client;
    private final DeliveryLog log = new DeliveryLog(DeliveryLog.DEFAULT_CAPACITY);
    private final AtomicLong attemptIds = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public WebhookDispatcher(Vertx vertx, SimulatorState state, SimulatorOptions options) {
        this.vertx = vertx;
        this.state = state;
        this.options = options;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(false)
                .setMaxPoolSize(32)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, options.webhookTimeout().toMillis())));
    }

    /** Sends {@code payload} to every enabled subscription of {@code eventType}; returns at once. */
    public void dispatch(String eventType, ObjectNode payload) {
        List<WebhookSubscription> subscribers = state.subscribers(eventType);
        if (subscribers.isEmpty()) {
            return;
        }
        Buffer body;
        try {
            body = Buffer.buffer(Json.MAPPER.writeValueAsBytes(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a " + eventType + " payload", e);
        }
        for (WebhookSubscription subscription : subscribers) {
            deliver(eventType, subscription, payload, body);
        }
    }

    /** How one attempt of {@link #send} went: the answer's status, or the error when there was no answer. */
    public record AttemptOutcome(String url, int attempt, Integer statusCode, String error, boolean success,
                                 boolean lastAttempt, Instant startedAt, Instant finishedAt) {
    }

    /**
     * POSTs a JSON {@code body} the way every webhook goes out: the configured timeout, then retries after the
     * backoff until a 2xx or the configured number of attempts. {@code url} and {@code headers} are asked
     * afresh for each attempt, {@code wanted} before each one (false stops), {@code onAttempt} hears each outcome.
     */
    public void send(Supplier<String> url, Supplier<Map<String, String>> headers, Buffer body, BooleanSupplier wanted,
                     Consumer<AttemptOutcome> onAttempt) {
        attempt(new Attempts(url, headers, body, wanted, onAttempt, generation.get()), 1);
    }

    private record Attempts(Supplier<String> url, Supplier<Map<String, String>> headers, Buffer body,
                            BooleanSupplier wanted, Consumer<AttemptOutcome> onAttempt, long generation) {
    }

    private void deliver(String eventType, WebhookSubscription subscription, ObjectNode payload, Buffer body) {
        BooleanSupplier wanted = () -> {
            boolean active = state.webhook(subscription.id()).filter(w -> w == subscription && w.enabled()).isPresent();
            if (!active) {
                LOG.debug("Webhook {} was disabled or deleted; {} not redelivered", subscription.id(), eventType);
            }
            return active;
        };
        send(subscription::url, Map::of, body, wanted, outcome -> {
            log.add(new DeliveryAttempt(attemptIds.incrementAndGet(), eventType, subscription.id(), outcome.url(),
                    outcome.attempt(), outcome.statusCode(), outcome.error(), outcome.success(), outcome.lastAttempt(),
                    payload, outcome.startedAt(), outcome.finishedAt()));
            if (outcome.success()) {
                subscription.recordSuccess();
                delivered.incrementAndGet();
            } else if (!outcome.lastAttempt()) {
                LOG.debug("Webhook {} {} attempt {} failed ({}), retrying", subscription.id(), eventType,
                        outcome.attempt(), outcome.statusCode() != null ? outcome.statusCode() : outcome.error());
            } else {
                subscription.recordFailure();
                failed.incrementAndGet();
                LOG.info("Webhook {} ({}) failed after {} attempts: {}", subscription.id(), redact(outcome.url()),
                        outcome.attempt(), outcome.statusCode() != null ? "HTTP " + outcome.statusCode() : outcome.error());
            }
        });
    }

    private void attempt(Attempts attempts, int attempt) {
        if (attempts.generation() != generation.get() || !attempts.wanted().getAsBoolean()) {
            return;
        }
        String url = attempts.url().get();
        Instant started = state.now();
        post(url, attempts.headers().get(), attempts.body()).onComplete(ar -> {
            if (attempts.generation() != generation.get()) {
                return;
            }
            Integer status = ar.succeeded() ? ar.result() : null;
            boolean success = status != null && status >= 200 && status < 300;
            boolean last = success || attempt >= options.webhookAttempts();
            String error = ar.succeeded() ? null : describe(ar.cause());
            attempts.onAttempt().accept(new AttemptOutcome(url, attempt, status, error, success, last, started,
                    state.now()));
            if (!last) {
                vertx.setTimer(Math.max(1, options.webhookBackoff().toMillis()), t -> attempt(attempts, attempt + 1));
            }
        });
    }

    /** POSTs the body and completes with the answer's status code once its body is read, or fails. */
    private Future<Integer> post(String url, Map<String, String> headers, Buffer body) {
        Promise<Integer> outcome = Promise.promise();
        long timeoutMs = Math.max(1, options.webhookTimeout().toMillis());
        AtomicReference<HttpClientRequest> inFlight = new AtomicReference<>();
        long timer = vertx.setTimer(timeoutMs, t -> {
            if (outcome.tryFail(new TimeoutException("no answer within " + timeoutMs + " ms"))) {
                HttpClientRequest request = inFlight.get();
                if (request != null) {
                    request.reset();
                }
            }
        });
        RequestOptions request;
        try {
            request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Accept", "*/*")
                    .putHeader("User-Agent", USER_AGENT);
            headers.forEach(request::putHeader);
        } catch (RuntimeException e) {
            vertx.cancelTimer(timer);
            return Future.failedFuture(new IllegalArgumentException("not a usable URL"));
        }
        client.request(request)
                .compose(req -> {
                    inFlight.set(req);
                    return req.send(body);
                })
                .compose(response -> response.body().map(b -> response.statusCode()))
                .onComplete(ar -> {
                    vertx.cancelTimer(timer);
                    if (ar.succeeded()) {
                        outcome.tryComplete(ar.result());
                    } else {
                        outcome.tryFail(ar.cause());
                    }
                });
        return outcome.future();
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The URL without query and user info, which may carry the receiver's secret. */
    static String redact(String url) {
        String withoutQuery = url.replaceAll("[?#].*$", "");
        return withoutQuery.replaceAll("//[^/@]*@", "//");
    }

    /** The recent attempts, oldest first. */
    public DeliveryLog log() { return log; }

    /** Deliveries that got a 2xx (at any attempt). */
    public long delivered() { return delivered.get(); }

    /** Deliveries that failed every attempt. */
    public long failed() { return failed.get(); }

    /** Forgets the log and the counters. */
    public void clear() {
        generation.incrementAndGet();
        log.clear();
        delivered.set(0);
        failed.set(0);
    }
}
