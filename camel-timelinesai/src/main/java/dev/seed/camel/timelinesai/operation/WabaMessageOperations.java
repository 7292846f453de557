package dev.seed.camel.timelinesai.operation;

import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;

/** The operations of the wabaMessages and wabaTemplates API groups (WhatsApp Business Platform). */
final class WabaMessageOperations {
    private final TimelinesAiClient client;

    WabaMessageOperations(TimelinesAiClient client) {
        this.client = client;
    }

    void invoke(TimelinesAiOperation operation, Params p) {
        throw new UnsupportedOperationException(operation + " is not implemented yet");
    }
}
