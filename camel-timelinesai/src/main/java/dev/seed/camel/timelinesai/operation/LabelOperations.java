package dev.seed.camel.timelinesai.operation;

import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;

/** The {@code labels/*} operations; each returns the chat's labels after the change as a {@code List<String>}. */
public final class LabelOperations {
    private final TimelinesAiClient client;

    public LabelOperations(TimelinesAiClient client) {
        this.client = client;
    }

    void invoke(TimelinesAiOperation operation, Params p) {
        long chatId = ChatOperations.chatId(p);
        List<String> result = switch (operation) {
            case LABELS_LIST -> client.labels().list(chatId);
            case LABELS_ADD -> client.labels().add(chatId, labels(p));
            case LABELS_REPLACE -> client.labels().replace(chatId, labels(p));
            case LABELS_REMOVE -> client.labels().remove(chatId, labels(p));
            default -> throw new IllegalStateException("Not a labels operation: " + operation);
        };
        p.setBody(result);
        p.setHeader(TimelinesAiConstants.RESULT_COUNT, result.size());
    }

    static List<String> labels(Params p) {
        List<String> labels = p.names(TimelinesAiConstants.LABELS, p.config().getChatUpdateOptions().getLabels());
        if (labels == null && !(p.body() instanceof Number)) {
            labels = Params.toNames(p.body());
        }
        if (labels == null) {
            throw new IllegalArgumentException("Missing labels: set the option labels, the header "
                    + TimelinesAiConstants.LABELS + " or a List/String body");
        }
        for (String label : labels) {
            if (label.length() > 64) {
                throw new IllegalArgumentException("Label longer than 64 characters: " + label);
            }
        }
        return labels;
    }
}
