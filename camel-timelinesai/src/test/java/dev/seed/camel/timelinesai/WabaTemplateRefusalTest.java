package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.model.waba.WabaMessage;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateCheckException;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateProblem.Reason;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin.QuotaUpdate;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The template check of wabaMessages/send: a template that is not approved, not enabled for the sending account,
 * unknown, or given the wrong variables is refused with WabaTemplateCheckException before any send request or
 * credit; templates read are reused for wabaTemplateCacheTtl, and read again before refusing.
 */
class WabaTemplateRefusalTest extends WabaProducerTestSupport {

    private String uri(String name, String language) {
        return "timelinesai:wabaMessages/send?chatId=" + chat(WabaSeeder.CHAT_OPEN)
                + "&wabaTemplateName=" + name + "&wabaTemplateLanguage=" + language;
    }

    /** The send with checkCredits: a refused template must not even read the quota. */
    private String credited(String name, String language) {
        return uri(name, language) + "&checkCredits=true";
    }

    private WabaTemplateCheckException refused(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(WabaTemplateCheckException.class);
        return (WabaTemplateCheckException) exchange.getException();
    }

    private void assertNothingSentOrCharged(int storedBefore) {
        assertThat(tripwireFired()).as("send requests").isZero();
        assertThat(stored()).hasSize(storedBefore);
        assertThat(credits().charged()).isZero();
        assertThat(context.getComponent("timelinesai", TimelinesAiComponent.class).getStatistics().getOperations()
                .getCreditsUsed()).isZero();
    }

    @Test
    void aPendingTemplateIsRefused() {
        int before = stored().size();
        tripwireOnSends();
        WabaTemplateCheckException e = refused(call(credited("appointment_reminder", "en_US"), List.of("Monday")));
        assertThat(e.problems()).extracting(p -> p.reason()).containsExactly(Reason.NOT_APPROVED);
        assertThat(e.errorCode()).isEqualTo("template_not_approved");
        assertThat(e).hasMessageContaining("PENDING");
        assertNothingSentOrCharged(before);
    }

    @Test
    void aTemplateOfAnotherWabaProfileIsRefused() {
        int before = stored().size();
        tripwireOnSends();
        WabaTemplateCheckException e = refused(call(credited("login_code", "en_US"), List.of("123456")));
        assertThat(e.problems()).extracting(p -> p.reason()).containsExactly(Reason.WRONG_ACCOUNT);
        assertThat(e.errorCode()).isEqualTo("template_wrong_waba");
        assertThat(e).hasMessageContaining("4021");
        assertNothingSentOrCharged(before);
    }

    @Test
    void aMissingVariableIsRefused() {
        int before = stored().size();
        tripwireOnSends();
        WabaTemplateCheckException e = refused(call(credited("order_update", "en_US"), null,
                TimelinesAiConstants.WABA_TEMPLATE_VARIABLES, "{\"header\": [\"A-1\"], \"body\": [\"Dana\"]}"));
        assertThat(e.problems()).extracting(p -> p.reason()).containsExactly(Reason.VARIABLES_MISMATCH);
        assertThat(e.errorCode()).isEqualTo("template_variables_mismatch");
        assertThat(e).hasMessageContaining("body");
        assertNothingSentOrCharged(before);
    }

    @Test
    void anExtraVariableIsRefused() {
        int before = stored().size();
        tripwireOnSends();
        WabaTemplateCheckException e = refused(call(credited("hello_world", "en_US"), List.of("unexpected")));
        assertThat(e.problems()).extracting(p -> p.reason()).containsExactly(Reason.VARIABLES_MISMATCH);
        assertNothingSentOrCharged(before);
    }

    @Test
    void anUnknownNameOrLanguageIsRefusedNamingTheLanguagesThereAre() {
        int before = stored().size();
        tripwireOnSends();
        WabaTemplateCheckException e = refused(call(credited("order_update", "fr"), List.of("x")));
        assertThat(e.problems()).extracting(p -> p.reason()).containsExactly(Reason.WRONG_TEMPLATE);
        assertThat(e).hasMessageContaining("en_US").hasMessageContaining("de");
        assertNothingSentOrCharged(before);
    }

    @Test
    void withoutTheCheckTheApiRefusesTheSend() {
        simulator().admin().setQuotas(QuotaUpdate.messaging(100, 0));
        Exchange exchange = call(uri("appointment_reminder", "en_US") + "&wabaTemplateCheck=false",
                List.of("Monday"));
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(409);
            assertThat(e.getErrorCode()).isEqualTo("template_not_approved");
        });
    }

    @Test
    void aTemplateIsReadAgainOnceItsTtlHasPassed() {
        String uri = uri("hello_world", "en_US") + "&wabaTemplateCacheTtl=1";
        ok(uri, null);
        await().pollDelay(java.time.Duration.ofMillis(5)).until(() -> true);
        long before = simulator().admin().stats().requests();
        ok(uri, null);
        assertThat(simulator().admin().stats().requests() - before).as("the list, the template, the send")
                .isEqualTo(3);
    }

    @Test
    void aTemplateIsReadOnceForTheTtlAndAgainBeforeRefusing() {
        String uri = uri("hello_world", "en_US") + "&wabaTemplateCacheTtl=600000";
        ok(uri, null);
        long before = simulator().admin().stats().requests();
        ok(uri, null);
        assertThat(simulator().admin().stats().requests() - before).as("only the send").isEqualTo(1);

        String pending = uri("appointment_reminder", "en_US") + "&wabaTemplateCacheTtl=600000";
        assertThat(call(pending, List.of("Monday")).getException()).isInstanceOf(WabaTemplateCheckException.class);
        simulator().admin().waba().setTemplateStatus(WabaSeeder.TEMPLATE_PENDING, "APPROVED");
        WabaMessage sent = ok(pending, List.of("Monday")).getMessage().getBody(WabaMessage.class);
        assertThat(sent.uid()).isNotBlank();
    }
}
