package dev.seed.camel.timelinesai.simulator.waba;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A message template of one WABA profile as Meta stores it: name, language, category, status and the raw
 * {@code components}; the number of header and body parameters is read from those components.
 */
public final class WabaTemplate {
    /** Meta's template statuses the simulator knows. */
    public static final List<String> STATUSES = List.of("APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED",
            "PENDING_DELETION");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\{([A-Za-z0-9_]+)}}");

    private final long id;
    private final String metaTemplateId;
    private final String name;
    private final String language;
    private final String category;
    private final String parameterFormat;
    private final String metaWabaId;
    private final ArrayNode components;
    private final Instant createdAt;
    private volatile String status;

    public WabaTemplate(long id, String metaTemplateId, String name, String language, String category,
                        String parameterFormat, String metaWabaId, ArrayNode components, Instant createdAt,
                        String status) {
        this.id = id;
        this.metaTemplateId = metaTemplateId;
        this.name = name;
        this.language = language;
        this.category = category;
        this.parameterFormat = parameterFormat;
        this.metaWabaId = metaWabaId;
        this.components = components;
        this.createdAt = createdAt;
        this.status = status;
    }

    public long id() { return id; }
    public String metaTemplateId() { return metaTemplateId; }
    public String name() { return name; }
    public String language() { return language; }
    public String category() { return category; }
    public String parameterFormat() { return parameterFormat; }
    public String metaWabaId() { return metaWabaId; }
    /** A copy of the components, in Meta's shape. */
    public ArrayNode components() { return components.deepCopy(); }
    public Instant createdAt() { return createdAt; }
    public String status() { return status; }
    public void setStatus(String status) { this.status = status; }
    public boolean isApproved() { return "APPROVED".equals(status); }

    /** How many variables the {@code HEADER} component takes (0 when it has none or is not text). */
    public int headerParameters() {
        return parameters("HEADER");
    }

    /** How many variables the {@code BODY} component takes. */
    public int bodyParameters() {
        return parameters("BODY");
    }

    /** The body text with {@code {{1}}}… or {@code {{name}}}… replaced by the values, in order. */
    public String renderBody(List<String> values) {
        JsonNode body = component("BODY");
        String text = body == null ? "" : body.path("text").asText("");
        List<String> names = parameterNames("BODY");
        for (int i = 0; i < names.size() && i < values.size(); i++) {
            text = text.replace("{{" + names.get(i) + "}}", values.get(i));
        }
        return text;
    }

    private int parameters(String type) {
        return parameterNames(type).size();
    }

    /** The parameter names of a component in order: {@code 1, 2, …} for positional ones. */
    private List<String> parameterNames(String type) {
        JsonNode component = component(type);
        if (component == null || ("HEADER".equals(type) && !"TEXT".equals(component.path("format").asText()))) {
            return List.of();
        }
        Matcher m = PARAMETER.matcher(component.path("text").asText(""));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private JsonNode component(String type) {
        for (JsonNode c : components) {
            if (type.equals(c.path("type").asText())) {
                return c;
            }
        }
        return null;
    }
}
