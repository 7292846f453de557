package dev.seed.camel.timelinesai.testsupport;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** The fields of an options class together with those it inherits from this project's classes (not Camel's). */
public final class OptionFields {
    private static final String PROJECT_PACKAGE = "dev.seed.camel.timelinesai";

    private OptionFields() {
    }

    /** The declared fields of {@code type} and of its superclasses in this project, the class's own first. */
    public static List<Field> of(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getPackageName().startsWith(PROJECT_PACKAGE); c = c.getSuperclass()) {
            fields.addAll(List.of(c.getDeclaredFields()));
        }
        return fields;
    }
}
