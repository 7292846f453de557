package dev.seed.camel.timelinesai.simulator.http;

import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Workspace;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Bearer-token check of the Public API, and the monthly API-call quota it counts. */
public final class AuthHandler implements Handler<RoutingContext> {
    private final SimulatorState state;

    public AuthHandler(SimulatorState state) {
        this.state = state;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            ApiResponses.error(ctx, new ApiException(401, "missing_credentials", "Authentication credentials were not provided"));
            return;
        }
        String token = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        if (!state.isValidToken(token)) {
            ApiResponses.error(ctx, new ApiException(401, "invalid_token", "Invalid or expired token"));
            return;
        }
        Workspace workspace = state.workspace();
        if (!workspace.apiCallsQuota().tryConsume(1)) {
            ApiResponses.error(ctx, new ApiException(429, "quota_exceeded", "API calls quota exceeded"));
            return;
        }
        ctx.next();
    }
}
