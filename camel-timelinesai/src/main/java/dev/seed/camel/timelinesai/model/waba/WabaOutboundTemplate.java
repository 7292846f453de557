package dev.seed.camel.timelinesai.model.waba;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The approved template a WABA message is sent as: its {@code name}, {@code language} (e.g. {@code en_US}) and
 * the variable values per section. Values are positional ({@code {{1}}, {{2}}}...) or, for a template with
 * {@code NAMED} parameters, may be given by name; either way the API receives them as lists in the template's
 * parameter order, which {@link WabaTemplateCheck#require} produces from named values.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WabaOutboundTemplate(
        @JsonProperty("name") String name,
        @JsonProperty("language") String language,
        @JsonProperty("variables") WabaTemplateVariables variables) {

    public WabaOutboundTemplate {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A template send needs the template name");
        }
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("A template send needs the template language, e.g. en_US");
        }
        if (variables != null && variables.isEmpty()) {
            variables = null;
        }
    }

    /** A template without variables. */
    public static WabaOutboundTemplate of(String name, String language) {
        return new WabaOutboundTemplate(name, language, null);
    }

    /** A template with positional header and body values. */
    public static WabaOutboundTemplate positional(String name, String language, List<String> header,
                                                  List<String> body) {
        return new WabaOutboundTemplate(name, language,
                new WabaTemplateVariables(values(header), values(body)));
    }

    /** A template with named header and body values (a map's iteration order is kept until checked). */
    public static WabaOutboundTemplate named(String name, String language, Map<String, String> header,
                                             Map<String, String> body) {
        return new WabaOutboundTemplate(name, language, new WabaTemplateVariables(named(header), named(body)));
    }

    /** The same template with these positional body values. */
    public WabaOutboundTemplate withBody(String... values) {
        return new WabaOutboundTemplate(name, language,
                new WabaTemplateVariables(section(WabaTemplateSection.HEADER), values(Arrays.asList(values))));
    }

    /** The same template with these positional header values. */
    public WabaOutboundTemplate withHeader(String... values) {
        return new WabaOutboundTemplate(name, language,
                new WabaTemplateVariables(values(Arrays.asList(values)), section(WabaTemplateSection.BODY)));
    }

    /** The values given for a section (empty when none). */
    public List<WabaTemplateValue> section(WabaTemplateSection section) {
        return variables == null ? List.of() : variables.section(section);
    }

    private static List<WabaTemplateValue> values(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(WabaTemplateValue::of).toList();
    }

    private static List<WabaTemplateValue> named(Map<String, String> values) {
        return values == null ? List.of()
                : values.entrySet().stream().map(e -> WabaTemplateValue.named(e.getKey(), e.getValue())).toList();
    }
}
