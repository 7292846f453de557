package dev.seed.camel.timelinesai.simulator;

import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import io.vertx.core.Vertx;

/** What every route group of the simulator shares: the state, the options, the clock's formatting and Vert.x. */
public record SimulatorContext(SimulatorState state, SimulatorOptions options, Timestamps timestamps, Vertx vertx,
                               String rootUrl) {

    /** Base URL of the Public API, e.g. {@code http://127.0.0.1:8080/integrations/api}. */
    public String publicApiUrl() {
        return rootUrl + TimelinesAiSimulator.PUBLIC_API_PREFIX;
    }
}
