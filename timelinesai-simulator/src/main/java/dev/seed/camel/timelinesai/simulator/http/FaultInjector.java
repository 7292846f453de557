package dev.seed.camel.timelinesai.simulator.http;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First handler of the Public API: applies the first {@link FaultRule} that matches the request and fires
 * (latency, an error status, a 429 burst, or a dropped connection); requests no rule fires for pass untouched.
 * An after-request latency or drop lets the request be served, then delays or drops its JSON response.
 */
public final class FaultInjector implements Handler<RoutingContext> {
    /** Routing-context key of an after-request fault waiting for the response to be written. */
    static final String RESPONSE_FAULT_KEY = "timelinesai.responseFault";
    private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);

    private final Vertx vertx;
    private final String prefix;
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Random random = new Random();

    /** {@code prefix} is stripped from request paths before rules see them, e.g. {@code /integrations/api}. */
    public FaultInjector(Vertx vertx, String prefix) {
        this.vertx = vertx;
        this.prefix = prefix;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (rules.isEmpty()) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        String path = request.path().startsWith(prefix) ? request.path().substring(prefix.length()) : request.path();
        for (FaultRule rule : rules) {
            if (rule.matches(request.method().name(), path) && rule.tryFire(random)) {
                LOG.debug("Fault {} ({}) fired on {} {}", rule.id(), rule.kind().wireName(), request.method(), path);
                apply(rule, ctx);
                return;
            }
        }
        ctx.next();
    }

    private void apply(FaultRule rule, RoutingContext ctx) {
        if (rule.afterRequest()) {
            ctx.put(RESPONSE_FAULT_KEY, rule);
            ctx.next();
            return;
        }
        switch (rule.kind()) {
            case LATENCY -> {
                // the body handler further down resumes the request; until then nothing of the body is lost
                ctx.request().pause();
                vertx.setTimer(rule.delayMs(), t -> ctx.next());
            }
            case STATUS -> ApiResponses.error(ctx, new ApiException(rule.status(), rule.errorCode(), rule.message()));
            case RATE_LIMIT -> {
                if (rule.retryAfter() != null) {
                    ctx.response().putHeader("Retry-After", Integer.toString(rule.retryAfter()));
                }
                ApiResponses.error(ctx, new ApiException(429, "rate_limit_exceeded",
                        "Rate limit exceeded. Please retry after a short delay."));
            }
            case DROP -> ctx.request().body().onComplete(ar -> ctx.request().connection().close());
        }
    }

    /**
     * Called by the response writer: when an after-request fault holds this response, delays {@code write} or
     * closes the connection instead, and returns true; false when the response may be written now.
     */
    public static boolean holdsResponse(RoutingContext ctx, Runnable write) {
        FaultRule rule = ctx.get(RESPONSE_FAULT_KEY);
        if (rule == null) {
            return false;
        }
        ctx.remove(RESPONSE_FAULT_KEY);
        if (rule.kind() == FaultRule.Kind.DROP) {
            ctx.request().connection().close();
        } else {
            ctx.vertx().setTimer(rule.delayMs(), t -> write.run());
        }
        return true;
    }

    /** Adds a rule built by {@code factory} from the next id. */
    public FaultRule add(LongFunction<FaultRule> factory) {
        FaultRule rule = factory.apply(ids.incrementAndGet());
        rules.add(rule);
        return rule;
    }

    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    public Optional<FaultRule> rule(long id) {
        return rules.stream().filter(r -> r.id() == id).findFirst();
    }

    public boolean remove(long id) {
        return rules.removeIf(r -> r.id() == id);
    }

    public void clear() {
        rules.clear();
    }
}
