package dev.seed.camel.timelinesai;

import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin.QuotaUpdate;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code checkCredits}: a send the messaging quota cannot cover fails fast with a typed exception and no send
 * call; the quota read is cached, and read again before refusing.
 */
class CreditCheckTest extends TimelinesAiTestSupport {

    private String uri() {
        long chat = simulator().state().chats().stream().filter(c -> !c.isGroup()).map(Chat::id).findFirst()
                .orElseThrow();
        return "timelinesai:messages/send?checkCredits=true&creditsCacheTtl=60000&chatId=" + chat;
    }

    @Test
    void aSendTheQuotaCannotCoverFailsBeforeAnyCall() {
        simulator().admin().setQuotas(QuotaUpdate.messaging(10, 8));
        String uri = uri();
        ok(uri, "one");
        ok(uri, "two");
        long requestsBefore = simulator().admin().stats().requests();
        Exchange refused = call(uri, "three");
        assertThat(refused.getException()).isInstanceOfSatisfying(TimelinesAiInsufficientCreditsException.class, e -> {
            assertThat(e.getRequired()).isEqualTo(1);
            assertThat(e.getAvailable()).isZero();
            assertThat(e).isInstanceOf(TimelinesAiQuotaExceededException.class);
        });
        assertThat(simulator().admin().stats().requests() - requestsBefore).as("only the quota was read again")
                .isEqualTo(1);
        assertThat(simulator().admin().sent()).extracting(s -> s.path("text").asText()).containsExactly("one", "two");
        assertThat(context.getComponent("timelinesai", TimelinesAiComponent.class).getStatistics()
                .getCreditRefusalCount()).isEqualTo(1);
    }

    @Test
    void theCachedQuotaIsReadAgainBeforeRefusing() {
        simulator().admin().setQuotas(QuotaUpdate.messaging(10, 9));
        String uri = uri();
        ok(uri, "last credit");
        simulator().admin().setQuotas(QuotaUpdate.messaging(20, 10));
        ok(uri, "after a top-up");
        assertThat(simulator().admin().sent()).hasSize(2);
    }

    @Test
    void textWithAFileNeedsTwoCredits() {
        simulator().admin().setQuotas(QuotaUpdate.messaging(10, 9));
        Exchange refused = call(uri(), new byte[] {1, 2, 3}, TimelinesAiConstants.TEXT, "caption",
                TimelinesAiConstants.FILE_NAME, "a.pdf");
        assertThat(refused.getException()).isInstanceOfSatisfying(TimelinesAiInsufficientCreditsException.class,
                e -> assertThat(e.getRequired()).isEqualTo(2));
        assertThat(simulator().admin().sent()).isEmpty();
    }

    @Test
    void withoutTheOptionTheApiRefusesTheSend() {
        simulator().admin().setQuotas(QuotaUpdate.messaging(10, 10));
        Exchange refused = call(uri().replace("checkCredits=true", "checkCredits=false"), "no credit");
        assertThat(refused.getException()).isExactlyInstanceOf(TimelinesAiQuotaExceededException.class);
    }

    @Test
    void creditsOfASendThatFailedAreGivenBack() {
        simulator().admin().setQuotas(QuotaUpdate.messaging(10, 8));
        String uri = uri();
        simulator().admin().addFault(FaultSpec.status(400, null, "refused").method("POST").times(1));
        long before = simulator().admin().stats().requests();

        assertThat(call(uri, "refused").getException()).isInstanceOf(TimelinesAiValidationException.class);
        ok(uri, "one");
        ok(uri, "two");

        // one quota read, then three sends: the refused send's credit came back, so no second read was needed
        assertThat(simulator().admin().stats().requests() - before).isEqualTo(4);
        assertThat(simulator().admin().sent()).extracting(s -> s.path("text").asText()).containsExactly("one", "two");
    }

    @Test
    void concurrentSendsShareOneQuotaRead() throws Exception {
        simulator().admin().setQuotas(QuotaUpdate.messaging(100, 0));
        simulator().admin().addFault(FaultSpec.latency(java.time.Duration.ofMillis(500)).method("GET")
                .pathPrefix("/workspace").times(1));
        String uri = uri();
        long before = simulator().admin().stats().requests();
        java.util.List<java.util.concurrent.Future<Exchange>> sends = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String text = "together " + i;
            sends.add(template.asyncSend(uri, e -> e.getMessage().setBody(text)));
        }
        for (java.util.concurrent.Future<Exchange> send : sends) {
            assertThat(send.get(30, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(simulator().admin().stats().requests() - before).as("one quota read for all four, then four sends")
                .isEqualTo(5);
    }
}
