package dev.seed.camel.timelinesai.cluster;

import java.util.regex.Pattern;

/** Checks table names given as options before they go into SQL text. */
final class SqlNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private SqlNames() {
    }

    /** {@code value} when it is a plain (optionally schema-qualified) SQL name, else an error naming {@code option}. */
    static String table(String option, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("Option " + option + " must be a plain SQL table name such as "
                    + "my_schema.my_table (letters, digits, underscores), was '" + value + "'");
        }
        return value;
    }
}
