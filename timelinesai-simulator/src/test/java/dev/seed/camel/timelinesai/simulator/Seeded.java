package dev.seed.camel.timelinesai.simulator;

import dev.seed.camel.timelinesai.simulator.state.Chat;

/** Finds records of the seeded workspace by their stable names (chat ids change with every reset). */
final class Seeded {

    private Seeded() {
    }

    /** The seeded direct chat {@code Customer NNN}, 1 to 60. */
    static Chat customer(TimelinesAiSimulator simulator, int n) {
        return simulator.state().chatByName(String.format("Customer %03d", n)).orElseThrow();
    }

    static long customerId(TimelinesAiSimulator simulator, int n) {
        return customer(simulator, n).id();
    }

    /** The admin API of the simulator, through the plain test client (it needs no token). */
    static ApiClient admin(TimelinesAiSimulator simulator) {
        return ApiClient.http11(simulator.rootUrl() + TimelinesAiSimulator.ADMIN_PREFIX, null);
    }
}
