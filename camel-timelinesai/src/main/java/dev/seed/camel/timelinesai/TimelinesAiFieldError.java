package dev.seed.camel.timelinesai;

import java.util.List;

/** One validation failure reported by TimelinesAI: the path of the field from the request root and what is wrong. */
public record TimelinesAiFieldError(List<String> fields, String msg) {

    @Override
    public String toString() {
        return String.join(".", fields) + ": " + msg;
    }
}
