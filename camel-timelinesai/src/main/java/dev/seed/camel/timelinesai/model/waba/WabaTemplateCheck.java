package dev.seed.camel.timelinesai.model.waba;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.seed.camel.timelinesai.model.waba.WabaTemplateProblem.Reason;

/**
 * Checks a template send before it is made, without any request: the template (its detail, with accounts and
 * components) must be the one named, {@code APPROVED}, enabled for the sending account, and given exactly the
 * variables its header and body take. Positional values fit any template (in parameter order); named values
 * need a template with named parameters and must name each parameter once.
 */
public final class WabaTemplateCheck {

    private WabaTemplateCheck() {
    }

    /** Every problem of sending {@code outbound} from {@code wabaAccountId} as {@code template}. */
    public static WabaTemplateVerdict evaluate(WabaTemplate template, long wabaAccountId,
                                               WabaOutboundTemplate outbound) {
        requireDetail(template, outbound);
        List<WabaTemplateProblem> problems = new ArrayList<>();
        if (!Objects.equals(template.name(), outbound.name())
                || !Objects.equals(template.language(), outbound.language())) {
            problems.add(new WabaTemplateProblem(Reason.WRONG_TEMPLATE, "the send names \"" + outbound.name()
                    + "\" (" + outbound.language() + ") but the template checked is " + describe(template)));
        }
        boolean approved = template.isApproved();
        if (!approved) {
            problems.add(new WabaTemplateProblem(Reason.NOT_APPROVED, "it is " + template.status()
                    + ", not APPROVED"));
        }
        boolean enabled = template.isEnabledFor(wabaAccountId);
        if (!enabled) {
            problems.add(new WabaTemplateProblem(Reason.WRONG_ACCOUNT, "WABA account " + wabaAccountId
                    + " may not send it (enabled for accounts " + template.accounts() + ")"));
        }
        Map<WabaTemplateSection, List<WabaTemplateValue>> ordered = new HashMap<>();
        boolean variablesMatch = true;
        for (WabaTemplateSection section : WabaTemplateSection.values()) {
            List<String> parameters = WabaTemplateParameters.of(template.components(), section);
            List<WabaTemplateValue> given = outbound.section(section);
            String problem = sectionProblem(template, section, parameters, given);
            if (problem == null) {
                ordered.put(section, inParameterOrder(parameters, given));
            } else {
                variablesMatch = false;
                problems.add(new WabaTemplateProblem(Reason.VARIABLES_MISMATCH, problem));
            }
        }
        WabaOutboundTemplate toSend = !variablesMatch ? null
                : new WabaOutboundTemplate(outbound.name(), outbound.language(), new WabaTemplateVariables(
                        ordered.get(WabaTemplateSection.HEADER), ordered.get(WabaTemplateSection.BODY)));
        return new WabaTemplateVerdict(approved, enabled, variablesMatch, problems, toSend);
    }

    /**
     * The template to send (values in parameter order) when nothing is wrong.
     *
     * @throws WabaTemplateCheckException naming every problem found
     */
    public static WabaOutboundTemplate require(WabaTemplate template, long wabaAccountId,
                                               WabaOutboundTemplate outbound) {
        WabaTemplateVerdict verdict = evaluate(template, wabaAccountId, outbound);
        if (!verdict.isOk()) {
            throw new WabaTemplateCheckException("WABA template " + describe(template)
                    + " cannot be sent from account " + wabaAccountId, verdict.problems());
        }
        return verdict.toSend();
    }

    private static void requireDetail(WabaTemplate template, WabaOutboundTemplate outbound) {
        if (template == null || outbound == null) {
            throw new IllegalArgumentException("A template check needs the template and the send");
        }
        if (template.accounts() == null || template.components() == null) {
            throw new IllegalArgumentException("WABA template " + describe(template) + " lacks its "
                    + (template.accounts() == null ? "accounts" : "components")
                    + ": check against its detail (GET /waba/templates/" + template.id() + "), not a list item");
        }
    }

    private static String sectionProblem(WabaTemplate template, WabaTemplateSection section, List<String> parameters,
                                         List<WabaTemplateValue> given) {
        boolean named = !given.isEmpty() && given.get(0).isNamed();
        if (!named) {
            return given.size() == parameters.size() ? null
                    : section.key() + " takes " + count(parameters) + ", got " + given.size();
        }
        boolean templateNamed = template.isNamed()
                || (!parameters.isEmpty() && !parameters.stream().allMatch(WabaTemplateParameters::isNumber));
        Set<String> names = given.stream().map(WabaTemplateValue::parameterName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!templateNamed) {
            return section.key() + " takes positional variables (" + count(parameters) + "), got named values "
                    + names;
        }
        Set<String> unknown = new LinkedHashSet<>(names);
        parameters.forEach(unknown::remove);
        Set<String> missing = new LinkedHashSet<>(parameters);
        missing.removeAll(names);
        if (unknown.isEmpty() && missing.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(section.key()).append(" takes ").append(count(parameters));
        if (!unknown.isEmpty()) {
            sb.append("; unknown ").append(unknown);
        }
        if (!missing.isEmpty()) {
            sb.append("; missing ").append(missing);
        }
        return sb.toString();
    }

    private static List<WabaTemplateValue> inParameterOrder(List<String> parameters, List<WabaTemplateValue> given) {
        if (given.isEmpty() || !given.get(0).isNamed()) {
            return given;
        }
        Map<String, WabaTemplateValue> byName = given.stream()
                .collect(Collectors.toMap(WabaTemplateValue::parameterName, v -> v));
        return parameters.stream().map(byName::get).toList();
    }

    private static String count(List<String> parameters) {
        if (parameters.isEmpty()) {
            return "no variables";
        }
        return parameters.size() + (parameters.size() == 1 ? " variable " : " variables ")
                + parameters.stream().map(p -> "{{" + p + "}}").collect(Collectors.joining(", ", "(", ")"));
    }

    private static String describe(WabaTemplate template) {
        return "\"" + template.name() + "\" (" + template.language() + ", id " + template.id() + ")";
    }
}
