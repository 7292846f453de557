package dev.seed.camel.timelinesai.simulator.http;

import io.vertx.ext.web.RoutingContext;

/** Typed path parameters. */
public final class PathParams {

    private PathParams() {
    }

    /** An integer id from the path; anything else is a 404 with the API's message for that resource. */
    public static long id(RoutingContext ctx, String name, String notFoundMessage) {
        String raw = ctx.pathParam(name);
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.notFound(String.format(notFoundMessage, raw));
        }
    }
}
