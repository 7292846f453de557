package dev.seed.camel.timelinesai;

import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.model.waba.WabaOutboundTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaTemplatePage;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateProblem.Reason;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateVerdict;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** wabaTemplates/list, get and check against the simulator. */
class WabaTemplateOperationsTest extends WabaProducerTestSupport {

    @Test
    void listsTemplatesNewestFirstWithPageHeaders() {
        Exchange exchange = ok("timelinesai:wabaTemplates/list", null);
        WabaTemplatePage page = exchange.getMessage().getBody(WabaTemplatePage.class);
        assertThat(page.templates()).extracting(WabaTemplate::id).containsExactly(WabaSeeder.TEMPLATE_REJECTED,
                WabaSeeder.TEMPLATE_PENDING, WabaSeeder.TEMPLATE_PAUSED, WabaSeeder.TEMPLATE_EU_LOGIN_CODE,
                WabaSeeder.TEMPLATE_EU_ORDER_UPDATE, WabaSeeder.TEMPLATE_HELLO_WORLD,
                WabaSeeder.TEMPLATE_WELCOME_OFFER, WabaSeeder.TEMPLATE_ORDER_UPDATE);
        assertThat(page.templates().get(0).accounts()).isNull();
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(false);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.PAGES_READ)).isEqualTo(1);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.RESULT_COUNT)).isEqualTo(8);
        assertNoWabaContractViolations();
    }

    @Test
    void aPageAfterTheLastIsEmptyAndFollowPagesIsAccepted() {
        WabaTemplatePage second = ok("timelinesai:wabaTemplates/list?page=2", null).getMessage()
                .getBody(WabaTemplatePage.class);
        assertThat(second.templates()).isEmpty();
        Exchange all = ok("timelinesai:wabaTemplates/list?followPages=true&maxPages=3", null,
                TimelinesAiConstants.PAGE, 1);
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.RESULT_COUNT)).isEqualTo(8);
        assertNoWabaContractViolations();
    }

    @Test
    void getsATemplateWithItsAccountsAndComponents() {
        WabaTemplate template = ok("timelinesai:wabaTemplates/get?templateId=" + WabaSeeder.TEMPLATE_ORDER_UPDATE,
                null).getMessage().getBody(WabaTemplate.class);
        assertThat(template.name()).isEqualTo("order_update");
        assertThat(template.isApproved()).isTrue();
        assertThat(template.accounts()).contains(ACCOUNT);
        assertThat(template.components().isArray()).isTrue();
        WabaTemplate byBody = ok("timelinesai:wabaTemplates/get", WabaSeeder.TEMPLATE_WELCOME_OFFER).getMessage()
                .getBody(WabaTemplate.class);
        assertThat(byBody.isNamed()).isTrue();
        assertThat(call("timelinesai:wabaTemplates/get", 999_999L).getException())
                .isInstanceOf(TimelinesAiNotFoundException.class);
        assertNoWabaContractViolations();
    }

    @Test
    void checkReturnsAVerdictForAGoodSend() {
        WabaTemplateVerdict verdict = ok("timelinesai:wabaTemplates/check?wabaAccountId=" + ACCOUNT,
                WabaOutboundTemplate.named("welcome_offer", "en", null, Map.of("first_name", "Dana",
                        "discount", "10%"))).getMessage().getBody(WabaTemplateVerdict.class);
        assertThat(verdict.isOk()).isTrue();
        assertThat(verdict.toSend().section(dev.seed.camel.timelinesai.model.waba.WabaTemplateSection.BODY))
                .extracting(v -> v.text()).containsExactly("Dana", "10%");
    }

    @Test
    void checkReturnsEveryProblemRatherThanThrowing() {
        WabaTemplateVerdict verdict = ok("timelinesai:wabaTemplates/check?wabaTemplateName=flash_sale"
                + "&wabaTemplateLanguage=en&wabaAccountId=" + WabaSeeder.ACCOUNT_EU, List.of("a", "b"))
                .getMessage().getBody(WabaTemplateVerdict.class);
        assertThat(verdict.isOk()).isFalse();
        assertThat(verdict.has(Reason.NOT_APPROVED)).isTrue();
        assertThat(verdict.has(Reason.WRONG_ACCOUNT)).isTrue();
        assertThat(verdict.has(Reason.VARIABLES_MISMATCH)).isTrue();
        assertThat(verdict.toSend()).isNull();
    }

    @Test
    void checkFindsTheAccountOfAChat() {
        WabaTemplateVerdict inEu = ok("timelinesai:wabaTemplates/check?wabaTemplateName=order_update"
                + "&wabaTemplateLanguage=de", List.of("Greta", "B-7"), TimelinesAiConstants.CHAT_ID,
                chat(WabaSeeder.CHAT_EU), TimelinesAiConstants.WABA_TEMPLATE_VARIABLES,
                Map.of("header", List.of("B-7"), "body", List.of("Greta", "B-7"))).getMessage()
                .getBody(WabaTemplateVerdict.class);
        assertThat(inEu.isOk()).isTrue();
        WabaTemplateVerdict unknown = ok("timelinesai:wabaTemplates/check?wabaTemplateName=no_such&"
                + "wabaTemplateLanguage=en&wabaAccountId=" + ACCOUNT, null).getMessage()
                .getBody(WabaTemplateVerdict.class);
        assertThat(unknown.has(Reason.WRONG_TEMPLATE)).isTrue();
    }

    @Test
    void aRouteBranchesOnTheVerdictAsTheDocsSay() throws Exception {
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:check").to("timelinesai:wabaTemplates/check?wabaAccountId=" + ACCOUNT)
                        .choice()
                            .when(simple("${body.ok}")).setBody(constant("send"))
                            .otherwise().setBody(simple("${body.problems[0].reason}"))
                        .end();
            }
        });
        assertThat(ok("direct:check", WabaOutboundTemplate.of("hello_world", "en_US")).getMessage()
                .getBody(String.class)).isEqualTo("send");
        assertThat(ok("direct:check", WabaOutboundTemplate.of("summer_promo", "en").withBody("10%")).getMessage()
                .getBody(String.class)).isEqualTo("NOT_APPROVED");
    }

    @Test
    void checkWithoutATemplateOrAccountNamesWhatIsMissing() {
        assertThat(call("timelinesai:wabaTemplates/check?wabaAccountId=" + ACCOUNT, null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wabaTemplateName");
        assertThat(call("timelinesai:wabaTemplates/check?wabaTemplateName=hello_world&wabaTemplateLanguage=en_US",
                null).getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wabaAccountId");
    }
}
