package dev.seed.camel.timelinesai.model.waba;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The variable values of a template send, per section ({@code {"header": [...], "body": [...]}}); a section is
 * either all positional or all named, and is left out when empty.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WabaTemplateVariables(
        @JsonProperty("header") List<WabaTemplateValue> header,
        @JsonProperty("body") List<WabaTemplateValue> body) {

    public WabaTemplateVariables {
        header = checked(WabaTemplateSection.HEADER, header);
        body = checked(WabaTemplateSection.BODY, body);
    }

    /** The values of a section (empty when none). */
    public List<WabaTemplateValue> section(WabaTemplateSection section) {
        return section == WabaTemplateSection.HEADER ? header : body;
    }

    /** Whether no section has a value. */
    @JsonIgnore
    public boolean isEmpty() {
        return header.isEmpty() && body.isEmpty();
    }

    private static List<WabaTemplateValue> checked(WabaTemplateSection section, List<WabaTemplateValue> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Template " + section.key() + " variables must not contain null");
        }
        long named = values.stream().filter(WabaTemplateValue::isNamed).count();
        if (named != 0 && named != values.size()) {
            throw new IllegalArgumentException("Template " + section.key()
                    + " variables are either all named or all positional, not a mix");
        }
        Set<String> names = new HashSet<>();
        for (WabaTemplateValue v : values) {
            if (v.isNamed() && !names.add(v.parameterName())) {
                throw new IllegalArgumentException("Template " + section.key() + " variable \""
                        + v.parameterName() + "\" is given twice");
            }
        }
        return List.copyOf(values);
    }
}
