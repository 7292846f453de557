package dev.seed.camel.timelinesai.simulator.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks live traffic of the simulated Public API against the spec and keeps what does not fit:
 * requests are checked as they arrive, responses as they are written.
 */
public final class ContractCheck implements Handler<RoutingContext> {
    /** Routing-context key under which the running check is found when a response is written. */
    public static final String KEY = "timelinesai.contractCheck";
    private static final Logger LOG = LoggerFactory.getLogger(ContractCheck.class);

    private final OpenApiContract contract;
    private final String prefix;
    private final List<ContractViolation> violations = new CopyOnWriteArrayList<>();

    public ContractCheck(OpenApiContract contract, String prefix) {
        this.contract = contract;
        this.prefix = prefix;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        byte[] body = ctx.body() == null || ctx.body().buffer() == null ? null : ctx.body().buffer().getBytes();
        Map<String, List<String>> query = toMap(ctx.queryParams());
        Map<String, String> headers = new HashMap<>();
        ctx.request().headers().forEach(e -> headers.putIfAbsent(e.getKey(), e.getValue()));
        String contentType = ctx.request().getHeader("Content-Type");
        record(contract.checkRequest(method, path, query, headers, contentType, body), "request", method, path, 0);
        ctx.put(KEY, this);
        ctx.next();
    }

    /** Called by the response writer with what it is about to send. */
    public void response(RoutingContext ctx, int status, String contentType, byte[] body) {
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        record(contract.checkResponse(method, path, status, contentType, body), "response", method, path, status);
    }

    private void record(List<String> problems, String direction, String method, String path, int status) {
        for (String problem : problems) {
            ContractViolation v = new ContractViolation(direction, method, path.substring(prefix.length()), status, problem);
            LOG.warn("Contract violation: {}", v);
            violations.add(v);
        }
    }

    public List<ContractViolation> violations() {
        return new ArrayList<>(violations);
    }

    public void clear() {
        violations.clear();
    }

    private static Map<String, List<String>> toMap(MultiMap params) {
        Map<String, List<String>> map = new HashMap<>();
        for (String name : params.names()) {
            map.put(name, params.getAll(name));
        }
        return map;
    }
}
