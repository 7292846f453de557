package dev.seed.camel.timelinesai.model.waba;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the parameters of a template section from Meta's raw components: the {@code {{1}}} or
 * {@code {{first_name}}} placeholders of the text, else the component's {@code example}. Numbered parameters
 * come in number order, named ones in order of first appearance. A media header takes no variables.
 */
public final class WabaTemplateParameters {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

    private WabaTemplateParameters() {
    }

    /** The parameter names of a section ({@code 1, 2, ...} when numbered); empty when it has none. */
    public static List<String> of(JsonNode components, WabaTemplateSection section) {
        JsonNode component = component(components, section);
        if (component == null) {
            return List.of();
        }
        if (section == WabaTemplateSection.HEADER) {
            String format = component.path("format").asText("TEXT");
            if (!"TEXT".equalsIgnoreCase(format)) {
                return List.of();
            }
        }
        Set<String> names = new LinkedHashSet<>();
        JsonNode text = component.get("text");
        if (text != null && text.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(text.asText());
            while (m.find()) {
                names.add(m.group(1));
            }
        } else {
            names.addAll(fromExample(component.path("example"), section));
        }
        List<String> ordered = new ArrayList<>(names);
        if (!ordered.isEmpty() && ordered.stream().allMatch(WabaTemplateParameters::isNumber)) {
            ordered.sort(Comparator.comparingInt(Integer::parseInt));
        }
        return List.copyOf(ordered);
    }

    /** Whether a parameter name is a number, i.e. the parameter is positional. */
    static boolean isNumber(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() < 10;
    }

    private static JsonNode component(JsonNode components, WabaTemplateSection section) {
        if (components == null || !components.isArray()) {
            return null;
        }
        for (JsonNode c : components) {
            if (section.name().equalsIgnoreCase(c.path("type").asText())) {
                return c;
            }
        }
        return null;
    }

    private static List<String> fromExample(JsonNode example, WabaTemplateSection section) {
        String prefix = section.key();
        List<String> names = new ArrayList<>();
        JsonNode named = example.path(prefix + "_text_named_params");
        if (named.isArray() && !named.isEmpty()) {
            named.forEach(p -> names.add(p.path("param_name").asText()));
            return names;
        }
        JsonNode positional = example.path(prefix + "_text");
        // Meta nests body examples one level deeper than header examples: [["a", "b"]] vs ["a"]
        JsonNode values = positional.isArray() && !positional.isEmpty() && positional.get(0).isArray()
                ? positional.get(0) : positional;
        for (int i = 1; values.isArray() && i <= values.size(); i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }
}
