package dev.seed.camel.timelinesai.simulator.http;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import io.vertx.ext.web.Router;

/** One family of simulated endpoints, mounted on the Public API router. */
public interface RouteGroup {

    /** Adds this group's routes; paths are relative to the Public API root, e.g. {@code /chats}. */
    void register(Router router, SimulatorContext context);
}
