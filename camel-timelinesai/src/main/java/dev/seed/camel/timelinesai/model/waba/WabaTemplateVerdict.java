package dev.seed.camel.timelinesai.model.waba;

import java.util.List;

/**
 * What {@link WabaTemplateCheck} found: whether the template is approved, enabled for the sending account and
 * given matching variables; when the variables match, {@code toSend} is the template with its values in the
 * template's parameter order.
 */
public record WabaTemplateVerdict(
        boolean approved,
        boolean enabledForAccount,
        boolean variablesMatch,
        List<WabaTemplateProblem> problems,
        WabaOutboundTemplate toSend) {

    public WabaTemplateVerdict {
        problems = List.copyOf(problems);
    }

    /** Whether the send may go: no problem at all. */
    public boolean isOk() {
        return problems.isEmpty();
    }

    /** Whether a problem of this kind was found. */
    public boolean has(WabaTemplateProblem.Reason reason) {
        return problems.stream().anyMatch(p -> p.reason() == reason);
    }
}
