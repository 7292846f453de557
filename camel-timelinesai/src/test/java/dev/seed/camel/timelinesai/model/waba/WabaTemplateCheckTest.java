package dev.seed.camel.timelinesai.model.waba;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateProblem.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The local template check: approval, the sending account, and the variables against the parameters. */
class WabaTemplateCheckTest {
    private static final long ACCOUNT = 4021;
    /** order_update (en_US, positional): header {{1}}, body {{1}} {{2}}; accounts 4021, 4022. */
    private static final WabaTemplate ORDER_UPDATE = WabaSpec.data("template-501.json", WabaTemplate.class);
    /** welcome_offer (en, NAMED): image header, body first_name, promo_code, expiry; account 4021. */
    private static final WabaTemplate WELCOME_OFFER = WabaSpec.data("template-502.json", WabaTemplate.class);

    private static WabaOutboundTemplate orderUpdate(List<String> header, List<String> body) {
        return WabaOutboundTemplate.positional("order_update", "en_US", header, body);
    }

    private static WabaTemplate withStatus(WabaTemplate t, String status) {
        return new WabaTemplate(t.id(), t.metaTemplateId(), t.name(), status, t.parameterFormat(), t.language(),
                t.category(), t.metaWabaId(), t.accounts(), t.components());
    }

    private static WabaTemplate withComponents(String name, String format, String components) throws Exception {
        JsonNode node = JsonSupport.mapper().readTree(components);
        return new WabaTemplate(7, "m7", name, "APPROVED", format, "en", "UTILITY", "w", List.of(ACCOUNT), node);
    }

    private static Map<String, String> named(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void approvedTemplateWithMatchingVariablesPasses() {
        WabaOutboundTemplate send = orderUpdate(List.of("A-1027"), List.of("Dana", "A-1027"));
        WabaTemplateVerdict verdict = WabaTemplateCheck.evaluate(ORDER_UPDATE, ACCOUNT, send);
        assertThat(verdict.isOk()).isTrue();
        assertThat(verdict.approved()).isTrue();
        assertThat(verdict.enabledForAccount()).isTrue();
        assertThat(verdict.variablesMatch()).isTrue();
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.toSend()).isEqualTo(send);
        assertThat(WabaTemplateCheck.require(ORDER_UPDATE, 4022, send)).as("the other account of the profile")
                .isEqualTo(send);
    }

    @ParameterizedTest
    @ValueSource(strings = { "REJECTED", "PAUSED", "PENDING", "DISABLED", "PENDING_DELETION", "approved " })
    void onlyApprovedTemplatesGo(String status) {
        WabaTemplate template = withStatus(ORDER_UPDATE, status);
        WabaOutboundTemplate send = orderUpdate(List.of("A-1027"), List.of("Dana", "A-1027"));
        WabaTemplateVerdict verdict = WabaTemplateCheck.evaluate(template, ACCOUNT, send);
        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.enabledForAccount()).isTrue();
        assertThat(verdict.variablesMatch()).isTrue();
        assertThat(verdict.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.NOT_APPROVED);
            assertThat(p.message()).contains(status).contains("not APPROVED");
        });
        WabaTemplateCheckException e = catchThrowableOfType(WabaTemplateCheckException.class,
                () -> WabaTemplateCheck.require(template, ACCOUNT, send));
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.errorCode()).isEqualTo("template_not_approved");
        assertThat(e.getMessage()).startsWith("WABA template \"order_update\" (en_US, id 501) cannot be sent from "
                + "account 4021: it is " + status);
    }

    @Test
    void anAccountOutsideTheTemplatesProfileIsRefused() {
        WabaOutboundTemplate send = orderUpdate(List.of("A-1027"), List.of("Dana", "A-1027"));
        WabaTemplateVerdict verdict = WabaTemplateCheck.evaluate(ORDER_UPDATE, 4030, send);
        assertThat(verdict.enabledForAccount()).isFalse();
        assertThat(verdict.has(Reason.WRONG_ACCOUNT)).isTrue();
        assertThat(verdict.problems()).singleElement().extracting(WabaTemplateProblem::message)
                .isEqualTo("WABA account 4030 may not send it (enabled for accounts [4021, 4022])");
        assertThatThrownBy(() -> WabaTemplateCheck.require(ORDER_UPDATE, 4030, send))
                .isInstanceOfSatisfying(WabaTemplateCheckException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("template_wrong_waba"));
        assertThatThrownBy(() -> WabaTemplateCheck.require(WELCOME_OFFER, 4022,
                WabaOutboundTemplate.positional("welcome_offer", "en", null, List.of("a", "b", "c"))))
                .as("4022 is not among the named template's accounts").isInstanceOf(WabaTemplateCheckException.class)
                .hasMessageContaining("WABA account 4022 may not send it");
    }

    @Test
    void tooFewAndTooManyVariables() {
        WabaTemplateVerdict fewBody = WabaTemplateCheck.evaluate(ORDER_UPDATE, ACCOUNT,
                orderUpdate(List.of("A-1027"), List.of("Dana")));
        assertThat(fewBody.variablesMatch()).isFalse();
        assertThat(fewBody.toSend()).isNull();
        assertThat(fewBody.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.VARIABLES_MISMATCH);
            assertThat(p.message()).isEqualTo("body takes 2 variables ({{1}}, {{2}}), got 1");
        });
        WabaTemplateVerdict manyHeader = WabaTemplateCheck.evaluate(ORDER_UPDATE, ACCOUNT,
                orderUpdate(List.of("A-1027", "extra"), List.of("Dana", "A-1027")));
        assertThat(manyHeader.problems()).extracting(WabaTemplateProblem::message)
                .containsExactly("header takes 1 variable ({{1}}), got 2");
        WabaTemplateVerdict missingHeader = WabaTemplateCheck.evaluate(ORDER_UPDATE, ACCOUNT,
                orderUpdate(null, List.of("Dana", "A-1027", "x")));
        assertThat(missingHeader.problems()).extracting(WabaTemplateProblem::message).containsExactly(
                "header takes 1 variable ({{1}}), got 0", "body takes 2 variables ({{1}}, {{2}}), got 3");
        assertThatThrownBy(() -> WabaTemplateCheck.require(ORDER_UPDATE, ACCOUNT,
                orderUpdate(List.of("A-1027"), List.of())))
                .isInstanceOfSatisfying(WabaTemplateCheckException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("template_variables_mismatch"))
                .hasMessageEndingWith(": body takes 2 variables ({{1}}, {{2}}), got 0");
    }

    @Test
    void aTemplateWithoutParametersTakesNoValues() throws Exception {
        WabaTemplate hello = withComponents("hello_world", "POSITIONAL",
                "[{\"type\":\"BODY\",\"text\":\"Hello from Northwind!\"}]");
        assertThat(WabaTemplateCheck.evaluate(hello, ACCOUNT, WabaOutboundTemplate.of("hello_world", "en")).isOk())
                .isTrue();
        assertThat(WabaTemplateCheck.evaluate(hello, ACCOUNT,
                WabaOutboundTemplate.of("hello_world", "en").withBody("x")).problems())
                .extracting(WabaTemplateProblem::message).containsExactly("body takes no variables, got 1");
    }

    @Test
    void namedValuesAreMatchedByNameAndPutInParameterOrder() {
        WabaOutboundTemplate send = WabaOutboundTemplate.named("welcome_offer", "en", null,
                named("expiry", "Friday", "first_name", "Dana", "promo_code", "SPRING10"));
        WabaOutboundTemplate toSend = WabaTemplateCheck.require(WELCOME_OFFER, ACCOUNT, send);
        assertThat(toSend.section(WabaTemplateSection.BODY)).extracting(WabaTemplateValue::parameterName)
                .containsExactly("first_name", "promo_code", "expiry");
        assertThat(new String(JsonSupport.toBytes(toSend), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"name\":\"welcome_offer\",\"language\":\"en\",\"variables\":"
                        + "{\"body\":[\"Dana\",\"SPRING10\",\"Friday\"]}}");
    }

    @Test
    void misnamedAndMissingNamedValues() {
        WabaTemplateVerdict misnamed = WabaTemplateCheck.evaluate(WELCOME_OFFER, ACCOUNT,
                WabaOutboundTemplate.named("welcome_offer", "en", null,
                        named("first_name", "Dana", "code", "SPRING10", "expiry", "Friday")));
        assertThat(misnamed.problems()).extracting(WabaTemplateProblem::message).containsExactly(
                "body takes 3 variables ({{first_name}}, {{promo_code}}, {{expiry}}); unknown [code]; missing [promo_code]");
        WabaTemplateVerdict missing = WabaTemplateCheck.evaluate(WELCOME_OFFER, ACCOUNT,
                WabaOutboundTemplate.named("welcome_offer", "en", null, named("first_name", "Dana")));
        assertThat(missing.problems()).extracting(WabaTemplateProblem::message).singleElement().asString()
                .endsWith("; missing [promo_code, expiry]");
        assertThat(missing.toSend()).isNull();
    }

    @Test
    void namedAgainstPositionalAndPositionalAgainstNamed() {
        WabaTemplateVerdict namedToPositional = WabaTemplateCheck.evaluate(ORDER_UPDATE, ACCOUNT,
                WabaOutboundTemplate.named("order_update", "en_US", named("1", "A-1027"),
                        named("name", "Dana", "order", "A-1027")));
        assertThat(namedToPositional.problems()).extracting(WabaTemplateProblem::message).containsExactly(
                "header takes positional variables (1 variable ({{1}})), got named values [1]",
                "body takes positional variables (2 variables ({{1}}, {{2}})), got named values [name, order]");
        WabaOutboundTemplate positional = WabaOutboundTemplate.positional("welcome_offer", "en", null,
                List.of("Dana", "SPRING10", "Friday"));
        assertThat(WabaTemplateCheck.require(WELCOME_OFFER, ACCOUNT, positional))
                .as("values in parameter order fit a named template too").isEqualTo(positional);
        assertThat(WabaTemplateCheck.evaluate(WELCOME_OFFER, ACCOUNT,
                WabaOutboundTemplate.positional("welcome_offer", "en", List.of("img"), List.of("Dana", "S", "F")))
                .problems()).extracting(WabaTemplateProblem::message)
                .containsExactly("header takes no variables, got 1");
    }

    @Test
    void parametersFromMetaExamplesWhenTheTextHasNone() throws Exception {
        WabaTemplate positional = withComponents("ex", "POSITIONAL", """
                [{"type":"HEADER","format":"TEXT","example":{"header_text":["Q3"]}},
                 {"type":"BODY","example":{"body_text":[["a","b","c"]]}}]""");
        assertThat(WabaTemplateCheck.evaluate(positional, ACCOUNT,
                WabaOutboundTemplate.positional("ex", "en", List.of("h"), List.of("1", "2", "3"))).isOk()).isTrue();
        WabaTemplate named = withComponents("ex", "NAMED", """
                [{"type":"body","example":{"body_text_named_params":[{"param_name":"city","example":"Oslo"}]}}]""");
        assertThat(WabaTemplateCheck.evaluate(named, ACCOUNT,
                WabaOutboundTemplate.named("ex", "en", null, named("town", "Oslo"))).problems())
                .extracting(WabaTemplateProblem::message).singleElement().asString()
                .contains("unknown [town]").contains("missing [city]");
    }

    @Test
    void numberedParametersCountInNumberOrder() throws Exception {
        WabaTemplate swapped = withComponents("swap", "POSITIONAL",
                "[{\"type\":\"BODY\",\"text\":\"{{2}} before {{1}}, {{2}} again\"}]");
        assertThat(WabaTemplateParameters.of(swapped.components(), WabaTemplateSection.BODY)).containsExactly("1", "2");
    }

    @Test
    void theWrongTemplateForTheSend() {
        WabaTemplateVerdict otherName = WabaTemplateCheck.evaluate(ORDER_UPDATE, ACCOUNT,
                WabaOutboundTemplate.positional("order_updates", "en_US", List.of("A"), List.of("D", "A")));
        assertThat(otherName.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(Reason.WRONG_TEMPLATE);
            assertThat(p.reason().errorCode()).isNull();
            assertThat(p.message()).contains("\"order_updates\" (en_US)").contains("\"order_update\" (en_US, id 501)");
        });
        assertThat(WabaTemplateCheck.evaluate(ORDER_UPDATE, ACCOUNT,
                WabaOutboundTemplate.positional("order_update", "de", List.of("A"), List.of("D", "A")))
                .has(Reason.WRONG_TEMPLATE)).as("another language is another template").isTrue();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        WabaTemplate paused = withStatus(ORDER_UPDATE, "PAUSED");
        WabaTemplateCheckException e = catchThrowableOfType(WabaTemplateCheckException.class,
                () -> WabaTemplateCheck.require(paused, 4030, orderUpdate(List.of(), List.of("Dana"))));
        assertThat(e.problems()).extracting(WabaTemplateProblem::reason).containsExactly(Reason.NOT_APPROVED,
                Reason.WRONG_ACCOUNT, Reason.VARIABLES_MISMATCH, Reason.VARIABLES_MISMATCH);
        assertThat(e.errorCode()).isEqualTo("template_not_approved");
        assertThat(e.getMessage()).contains("it is PAUSED").contains("WABA account 4030").contains("header takes")
                .contains("body takes");
    }

    @Test
    void aListItemOrNothingCannotBeChecked() {
        WabaTemplate listItem = WabaSpec.data("templates.json", WabaTemplatePage.class).templates().get(1);
        WabaOutboundTemplate send = orderUpdate(List.of("A"), List.of("D", "A"));
        assertThatThrownBy(() -> WabaTemplateCheck.evaluate(listItem, ACCOUNT, send))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(WabaTemplateCheckException.class)
                .hasMessageContaining("lacks its accounts").hasMessageContaining("GET /waba/templates/501");
        WabaTemplate noComponents = new WabaTemplate(501, null, "order_update", "APPROVED", null, "en_US", null,
                null, List.of(ACCOUNT), null);
        assertThatThrownBy(() -> WabaTemplateCheck.evaluate(noComponents, ACCOUNT, send))
                .hasMessageContaining("lacks its components");
        assertThatThrownBy(() -> WabaTemplateCheck.evaluate(null, ACCOUNT, send))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WabaTemplateCheck.require(ORDER_UPDATE, ACCOUNT, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
