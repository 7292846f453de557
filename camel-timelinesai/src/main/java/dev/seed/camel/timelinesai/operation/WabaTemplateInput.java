package dev.seed.camel.timelinesai.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiWabaOptions;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.waba.WabaOutboundTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateValue;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateVariables;

/**
 * Reads the template of a WABA template send or check from the exchange: a {@link WabaOutboundTemplate} body,
 * else the name and language (header, else option) with the variables of the variables header, else of a
 * List, Map or {@link WabaTemplateVariables} body.
 */
final class WabaTemplateInput {
    private static final Set<String> SECTIONS = Set.of("header", "body");

    private WabaTemplateInput() {
    }

    /** The template named by the body, headers or options; {@code null} when none is named. */
    static WabaOutboundTemplate read(Params p) {
        if (p.body() instanceof WabaOutboundTemplate t) {
            return t;
        }
        TimelinesAiWabaOptions w = p.config().getWabaOptions();
        String name = p.string(TimelinesAiConstants.WABA_TEMPLATE_NAME, w.getWabaTemplateName());
        if (name == null || name.isBlank()) {
            return null;
        }
        String language = p.string(TimelinesAiConstants.WABA_TEMPLATE_LANGUAGE, w.getWabaTemplateLanguage());
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("WABA template " + name + " needs its language: set the option "
                    + "wabaTemplateLanguage or the header " + TimelinesAiConstants.WABA_TEMPLATE_LANGUAGE
                    + " (e.g. en_US)");
        }
        Object values = p.exchange().getMessage().getHeader(TimelinesAiConstants.WABA_TEMPLATE_VARIABLES);
        if (values == null && isVariables(p.body())) {
            values = p.body();
        }
        return new WabaOutboundTemplate(name, language, values == null ? null : variables(values));
    }

    /** Whether a body holds template variables (rather than text or a file). */
    static boolean isVariables(Object body) {
        return body instanceof WabaTemplateVariables || body instanceof List<?> || body instanceof Map<?, ?>;
    }

    /** Converts the accepted shapes of template variables, including their JSON text. */
    static WabaTemplateVariables variables(Object value) {
        if (value instanceof WabaTemplateVariables v) {
            return v;
        }
        if (value instanceof String s && (s.trim().startsWith("{") || s.trim().startsWith("["))) {
            return variables(parse(s));
        }
        if (value instanceof List<?> list) {
            return new WabaTemplateVariables(List.of(), positional(list, "body"));
        }
        if (value instanceof Map<?, ?> map) {
            if (!map.isEmpty() && SECTIONS.containsAll(map.keySet())) {
                return new WabaTemplateVariables(section(map.get("header"), "header"),
                        section(map.get("body"), "body"));
            }
            return new WabaTemplateVariables(List.of(), named(map, "body"));
        }
        throw new IllegalArgumentException("WABA template variables must be a WabaTemplateVariables, a List of body "
                + "values, a Map (named body values, or the keys header and body) or such JSON, not "
                + value.getClass().getName());
    }

    private static Object parse(String json) {
        try {
            return JsonSupport.mapper().readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Header " + TimelinesAiConstants.WABA_TEMPLATE_VARIABLES
                    + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<WabaTemplateValue> section(Object value, String section) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return positional(list, section);
        }
        if (value instanceof Map<?, ?> map) {
            return named(map, section);
        }
        throw new IllegalArgumentException("WABA template " + section + " variables must be a List (positional) or "
                + "a Map (named), not " + value.getClass().getName());
    }

    private static List<WabaTemplateValue> positional(List<?> values, String section) {
        List<WabaTemplateValue> result = new ArrayList<>();
        for (Object v : values) {
            if (v == null) {
                throw new IllegalArgumentException("WABA template " + section + " variables must not contain null");
            }
            result.add(WabaTemplateValue.of(v.toString()));
        }
        return result;
    }

    private static List<WabaTemplateValue> named(Map<?, ?> values, String section) {
        List<WabaTemplateValue> result = new ArrayList<>();
        values.forEach((k, v) -> {
            if (v == null) {
                throw new IllegalArgumentException("WABA template " + section + " variable " + k + " is null");
            }
            result.add(WabaTemplateValue.named(String.valueOf(k), v.toString()));
        });
        return result;
    }
}
