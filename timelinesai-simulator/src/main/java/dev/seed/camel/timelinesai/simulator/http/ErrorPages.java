package dev.seed.camel.timelinesai.simulator.http;

import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the simulator answers what it cannot serve, as the real service does: JSON errors and the HTML 404 page. */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private ErrorPages() {
    }

    /** As the real API: a path with a trailing slash gets the branded HTML 404 page, not JSON. */
    public static void refuseTrailingSlash(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.length() > 1 && path.endsWith("/")) {
            notFoundPage(ctx);
            return;
        }
        ctx.next();
    }

    public static void notFoundPage(RoutingContext ctx) {
        ctx.response().setStatusCode(404).putHeader("Content-Type", "text/html; charset=utf-8")
                .end("<!DOCTYPE html><html><head><title>Page not found | TimelinesAI</title></head>"
                        + "<body><h1>404</h1><p>The page you are looking for does not exist.</p></body></html>");
    }

    public static void methodNotAllowed(RoutingContext ctx) {
        ApiResponses.error(ctx, new ApiException(405, "not_supported", "Method not allowed"));
    }

    /** A route's failure as the API's error body (or the 404 page). */
    public static void renderFailure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof ApiException e) {
            ApiResponses.error(ctx, e);
        } else if (ctx.statusCode() == 405) {
            methodNotAllowed(ctx);
        } else if (ctx.statusCode() == 413) {
            ApiResponses.error(ctx, new ApiException(413, null, "Request entity too large"));
        } else if (ctx.statusCode() == 404) {
            notFoundPage(ctx);
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            ApiResponses.error(ctx, new ApiException(ctx.statusCode(), "validation_error", "Bad request"));
        } else {
            LOG.error("Simulator failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
            ApiResponses.error(ctx, new ApiException(500, "internal_error", "Internal server error"));
        }
    }
}
