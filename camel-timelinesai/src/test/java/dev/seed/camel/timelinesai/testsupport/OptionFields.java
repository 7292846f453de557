package dev.seed.camel.timelinesai.testsupport;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiAdminOptions;
import dev.seed.camel.timelinesai.TimelinesAiChatListOptions;
import dev.seed.camel.timelinesai.TimelinesAiChatUpdateOptions;
import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiMessageOptions;

/** The fields of an options class together with those it inherits from this project's classes (not Camel's). */
public final class OptionFields {
    private static final String PROJECT_PACKAGE = "dev.seed.camel.timelinesai";

    /** The classes the options of a {@code timelinesai:<api>/<operation>} endpoint are declared in. */
    public static final List<Class<?>> PRODUCER_OPTION_CLASSES = List.of(TimelinesAiConfiguration.class,
            TimelinesAiMessageOptions.class, TimelinesAiChatListOptions.class, TimelinesAiChatUpdateOptions.class,
            TimelinesAiAdminOptions.class);

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

    /** The option fields of every class in {@link #PRODUCER_OPTION_CLASSES}. */
    public static List<Field> ofProducerOptions() {
        List<Field> fields = new ArrayList<>();
        PRODUCER_OPTION_CLASSES.forEach(type -> fields.addAll(of(type)));
        return fields;
    }
}
