package dev.seed.camel.timelinesai;

import java.nio.charset.StandardCharsets;

import dev.seed.camel.timelinesai.limit.TimelinesAiStatistics;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin.QuotaUpdate;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * wabaMessages/send under the QR sends' request policy: 429 is retried, a 5xx or a lost connection after the
 * request was written makes the send ambiguous and it is never resent; checkCredits refuses what the quota cannot
 * cover and gives back the credits of a send that surely failed.
 */
class WabaMessageReliabilityTest extends WabaProducerTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("timelinesai", TimelinesAiComponent.class).setRetryInitialDelay(20);
        return context;
    }

    private TimelinesAiStatistics stats() {
        return context.getComponent("timelinesai", TimelinesAiComponent.class).getStatistics();
    }

    private String danaUri() {
        return "timelinesai:wabaMessages/send?chatId=" + chat(WabaSeeder.CHAT_OPEN);
    }

    @Test
    void aSendAfter5xxIsAmbiguousAndNotResent() {
        long dana = chat(WabaSeeder.CHAT_OPEN);
        int before = stored().size();
        simulator().admin().addFault(FaultSpec.status(500).method("POST").pathRegex(SEND_PATHS).times(1));
        Exchange exchange = call(danaUri(), "maybe sent");
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiAmbiguousSendException.class, e -> {
            assertThat(e.getTarget()).isEqualTo("WABA chat " + dana);
            assertThat(e.matchesText("maybe sent")).isTrue();
            assertThat(e.getCall()).isEqualTo("POST /waba/chats/" + dana + "/messages");
            assertThat(e.getHttpStatus()).isEqualTo(500);
            assertThat(e.getCause()).isInstanceOf(TimelinesAiServerException.class);
        });
        assertThat(simulator().admin().faults().get(0).fired()).isEqualTo(1);
        assertThat(stats().getAmbiguousSendCount()).isEqualTo(1);
        assertThat(stats().getRetryCount()).isZero();
        assertThat(stored()).hasSize(before);
    }

    @Test
    void aTemplateSendOnADroppedConnectionIsAmbiguous() {
        simulator().admin().addFault(FaultSpec.drop().method("POST").pathRegex(SEND_PATHS).times(1));
        Exchange exchange = call("timelinesai:wabaMessages/send?wabaAccountId=" + ACCOUNT + "&phone=+15550108888"
                + "&wabaTemplateName=hello_world&wabaTemplateLanguage=en_US", null);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiAmbiguousSendException.class, e -> {
            assertThat(e.getTarget()).isEqualTo("phone +15550108888 from WABA account " + ACCOUNT);
            assertThat(e.getCause()).isInstanceOf(TimelinesAiCommunicationException.class);
        });
        assertThat(simulator().state().waba().chatWith(ACCOUNT, "+15550108888")).isEmpty();
    }

    @Test
    void aSendAfter429IsRetriedAndAcceptedOnce() {
        int before = stored().size();
        simulator().admin().addFault(FaultSpec.rateLimit(0).method("POST").pathRegex(SEND_PATHS).times(2));
        ok(danaUri(), "after a 429 storm");
        assertThat(stored()).hasSize(before + 1);
        assertThat(stats().getRetryCount()).isEqualTo(2);
    }

    @Test
    void checkCreditsRefusesASendTheQuotaCannotCover() {
        simulator().admin().setQuotas(QuotaUpdate.messaging(10, 9));
        int before = stored().size();
        String uri = danaUri() + "&checkCredits=true&creditsCacheTtl=60000";
        Exchange refused = call(uri, "bytes".getBytes(StandardCharsets.UTF_8), TimelinesAiConstants.TEXT, "caption",
                TimelinesAiConstants.FILE_NAME, "a.pdf");
        assertThat(refused.getException()).isInstanceOfSatisfying(TimelinesAiInsufficientCreditsException.class,
                e -> assertThat(e.getRequired()).isEqualTo(2));
        ok(uri, "the last credit");
        assertThat(call(uri, "one too many").getException())
                .isInstanceOf(TimelinesAiInsufficientCreditsException.class);
        assertThat(stored()).hasSize(before + 1);
        assertThat(stats().getCreditRefusalCount()).isEqualTo(2);
    }

    @Test
    void theCreditsOfARefusedSendAreGivenBack() {
        simulator().admin().setQuotas(QuotaUpdate.messaging(10, 9));
        String uri = danaUri() + "&checkCredits=true&creditsCacheTtl=60000";
        long before = simulator().admin().stats().requests();
        assertThat(call(uri, "outside the window", TimelinesAiConstants.CHAT_ID, chat(WabaSeeder.CHAT_CLOSED_WINDOW))
                .getException()).isInstanceOf(TimelinesAiException.class);
        ok(uri, "the credit came back");
        assertThat(simulator().admin().stats().requests() - before).as("one quota read, two sends").isEqualTo(3);
    }
}
