package dev.seed.camel.timelinesai.operation;

import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;

/** The operations of the wabaAccounts API groups (WhatsApp Business Platform). */
final class WabaAccountOperations {
    private final TimelinesAiClient client;

    WabaAccountOperations(TimelinesAiClient client) {
        this.client = client;
    }

    void invoke(TimelinesAiOperation operation, Params p) {
        throw new UnsupportedOperationException(operation + " is not implemented yet");
    }
}
