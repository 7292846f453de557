package dev.seed.camel.timelinesai.console;

import java.util.List;
import java.util.Map;

/** Renders the console's JSON figures as indented text lines. */
final class ConsoleText {
    private ConsoleText() {
    }

    static String render(Map<String, Object> json) {
        StringBuilder text = new StringBuilder();
        append(text, json, 0);
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static void append(StringBuilder text, Map<String, Object> json, int depth) {
        for (Map.Entry<String, Object> e : json.entrySet()) {
            Object value = e.getValue();
            text.append("    ".repeat(depth)).append(e.getKey()).append(':');
            if (value instanceof Map<?, ?> map) {
                text.append('\n');
                append(text, (Map<String, Object>) map, depth + 1);
            } else if (value instanceof List<?> list) {
                text.append('\n');
                int n = 1;
                for (Object item : list) {
                    text.append("    ".repeat(depth + 1)).append('#').append(n++).append('\n');
                    if (item instanceof Map<?, ?> map) {
                        append(text, (Map<String, Object>) map, depth + 2);
                    } else {
                        text.append("    ".repeat(depth + 2)).append(item).append('\n');
                    }
                }
            } else {
                text.append(' ').append(value).append('\n');
            }
        }
    }
}
