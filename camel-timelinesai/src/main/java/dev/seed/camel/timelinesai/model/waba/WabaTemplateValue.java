package dev.seed.camel.timelinesai.model.waba;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One template variable value; {@code parameterName} is set when it was given by name (for a template with
 * {@code NAMED} parameters). On the wire only the text is sent: the API takes the values of a section in the
 * template's parameter order.
 */
public record WabaTemplateValue(String parameterName, String text) {

    public WabaTemplateValue {
        if (text == null) {
            throw new IllegalArgumentException("A template variable value must not be null"
                    + (parameterName == null ? "" : " (" + parameterName + ")"));
        }
        if (parameterName != null && parameterName.isBlank()) {
            throw new IllegalArgumentException("A template variable name must not be blank");
        }
    }

    /** A positional value. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WabaTemplateValue of(String text) {
        return new WabaTemplateValue(null, text);
    }

    /** A value for the named parameter {@code {{name}}}. */
    public static WabaTemplateValue named(String name, String text) {
        if (name == null) {
            throw new IllegalArgumentException("A named template variable needs a name");
        }
        return new WabaTemplateValue(name, text);
    }

    /** Whether it was given by name. */
    public boolean isNamed() {
        return parameterName != null;
    }

    /** The text sent. */
    @JsonValue
    @Override
    public String text() {
        return text;
    }
}
