package dev.seed.camel.timelinesai.simulator;

import dev.seed.camel.timelinesai.simulator.waba.WabaChat;

/** Finds the seeded WABA chats by their stable names (chat ids change with every reset). */
final class WabaSeeded {

    private WabaSeeded() {
    }

    static WabaChat chat(TimelinesAiSimulator simulator, String name) {
        return simulator.state().waba().chatByName(name).orElseThrow();
    }

    static long chatId(TimelinesAiSimulator simulator, String name) {
        return chat(simulator, name).id();
    }
}
