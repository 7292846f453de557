package dev.seed.camel.timelinesai.testsupport;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

/**
 * Compares the option descriptions of a generated catalog JSON with the text written in the option annotations:
 * the catalog must carry every description whole (the generator drops text it takes for HTML tags, such as
 * {@code <token>}), none may be empty, and none may hold an unbalanced angle bracket.
 */
public final class CatalogDescriptions {

    private CatalogDescriptions() {
    }

    /** The problems found, one line each; empty when the catalog is faithful to the annotations. */
    public static List<String> problems(JsonNode model, Class<?>... optionClasses) {
        List<String> problems = new ArrayList<>();
        for (String section : List.of("properties", "componentProperties")) {
            model.path(section).fields().forEachRemaining(e -> {
                String text = e.getValue().path("description").asText("");
                if (text.isBlank()) {
                    problems.add(section + "." + e.getKey() + ": empty description");
                }
                if (count(text, '<') != count(text, '>')) {
                    problems.add(section + "." + e.getKey() + ": unbalanced angle brackets: " + text);
                }
            });
        }
        for (Class<?> type : optionClasses) {
            for (Field field : OptionFields.of(type)) {
                String written = written(field);
                if (written == null || written.isBlank()) {
                    continue;
                }
                JsonNode option = model.path("properties").path(field.getName());
                if (option.isMissingNode() || field.isAnnotationPresent(Metadata.class)
                        && !field.isAnnotationPresent(UriParam.class)) {
                    option = model.path("componentProperties").path(field.getName());
                }
                if (option.isMissingNode()) {
                    continue;
                }
                String generated = normalise(option.path("description").asText(""));
                if (!generated.equals(normalise(written))) {
                    problems.add(field.getName() + ": catalog reads \"" + generated + "\" but the annotation says \""
                            + normalise(written) + "\"");
                }
            }
        }
        return problems;
    }

    private static String written(Field field) {
        UriParam param = field.getAnnotation(UriParam.class);
        if (param != null && !param.description().isEmpty()) {
            return param.description();
        }
        UriPath path = field.getAnnotation(UriPath.class);
        if (path != null && !path.description().isEmpty()) {
            return path.description();
        }
        Metadata metadata = field.getAnnotation(Metadata.class);
        return metadata != null ? metadata.description() : null;
    }

    private static String normalise(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#42;", "*")
                .replaceAll("\\s+", " ").trim();
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
