package dev.seed.camel.examples.helpdesk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keyword rules that sort a customer message into billing, delivery, technical or general, mark it urgent on
 * words such as "urgent" or "cancel", and pick the teammate of that category.
 */
public class Classifier {
    private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();
    private static final List<String> URGENT = List.of("urgent", "asap", "immediately", "cancel", "angry", "unacceptable");

    static {
        KEYWORDS.put("billing", List.of("invoice", "refund", "charge", "payment", "bill", "price", "paid"));
        KEYWORDS.put("delivery", List.of("order", "deliver", "package", "parcel", "shipping", "tracking", "late"));
        KEYWORDS.put("technical", List.of("error", "crash", "login", "log in", "password", "bug", "not working", "the app"));
    }

    private final Map<String, String> assignees;
    private final String defaultAssignee;

    /** {@code assignees}: category to teammate e-mail; others go to {@code defaultAssignee}. */
    public Classifier(Map<String, String> assignees, String defaultAssignee) {
        this.assignees = Map.copyOf(assignees);
        this.defaultAssignee = defaultAssignee;
    }

    public Classification classify(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        String category = "general";
        for (Map.Entry<String, List<String>> rule : KEYWORDS.entrySet()) {
            if (rule.getValue().stream().anyMatch(t::contains)) {
                category = rule.getKey();
                break;
            }
        }
        String priority = URGENT.stream().anyMatch(t::contains) ? "high" : "normal";
        return new Classification(category, priority, assignees.getOrDefault(category, defaultAssignee));
    }
}
