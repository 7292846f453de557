package dev.seed.camel.timelinesai.model.waba;

import java.util.Locale;

/** The template components whose variables a send can fill: the (text) header and the body. */
public enum WabaTemplateSection {
    HEADER,
    BODY;

    /** The key of the section in a send's {@code variables}, e.g. {@code body}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
