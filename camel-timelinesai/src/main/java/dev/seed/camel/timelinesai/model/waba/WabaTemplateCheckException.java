package dev.seed.camel.timelinesai.model.waba;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A template send refused locally, before any request or credit: the template is not approved, not enabled
 * for the sending account, or the variables do not fit its parameters. {@link #errorCode()} is what the API
 * would have answered.
 */
public class WabaTemplateCheckException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<WabaTemplateProblem> problems;

    public WabaTemplateCheckException(String subject, List<WabaTemplateProblem> problems) {
        super(subject + ": " + problems.stream().map(WabaTemplateProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, most basic first. */
    public List<WabaTemplateProblem> problems() {
        return problems;
    }

    /** The API's {@code error_code} for the first problem that has one, else {@code null}. */
    public String errorCode() {
        return problems.stream().map(p -> p.reason().errorCode()).filter(c -> c != null).findFirst().orElse(null);
    }
}
