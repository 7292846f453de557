package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** wabaLabels/list, add (PUT keeps the others) and replace (POST sets the whole set) against the simulator. */
class WabaLabelOperationsTest extends TimelinesAiTestSupport {

    private long farah() {
        return simulator().state().waba().chatByName(WabaSeeder.CHAT_NO_INBOUND).orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private List<String> labels(Exchange exchange) {
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.RESULT_COUNT))
                .isEqualTo(exchange.getMessage().getBody(List.class).size());
        return exchange.getMessage().getBody(List.class);
    }

    @Test
    void listAddReplace() {
        long chatId = farah();
        assertThat(labels(ok("timelinesai:wabaLabels/list?chatId=" + chatId, null))).containsExactly("lead");
        assertThat(labels(ok("timelinesai:wabaLabels/add", null, TimelinesAiConstants.CHAT_ID, chatId,
                TimelinesAiConstants.LABELS, List.of("vip", "2026")))).containsExactlyInAnyOrder("lead", "vip", "2026");
        assertThat(labels(ok("timelinesai:wabaLabels/add?chatId=" + chatId, "renewal")))
                .containsExactlyInAnyOrder("lead", "vip", "2026", "renewal");
        assertThat(labels(ok("timelinesai:wabaLabels/replace?labels=customer,paid&chatId=" + chatId, null)))
                .containsExactlyInAnyOrder("customer", "paid");
        assertThat(labels(ok("timelinesai:wabaLabels/list", chatId))).containsExactlyInAnyOrder("customer", "paid");
        assertThat(simulator().state().waba().chat(chatId).orElseThrow().chat().labels())
                .containsExactlyInAnyOrder("customer", "paid");
        assertNoContractViolations();
    }

    @Test
    void errors() {
        assertThat(call("timelinesai:wabaLabels/list?chatId=99999999", null).getException())
                .isInstanceOfSatisfying(TimelinesAiNotFoundException.class,
                        e -> assertThat(e.getHttpStatus()).isEqualTo(404));
        long chatId = farah();
        assertThat(call("timelinesai:wabaLabels/add?chatId=" + chatId, null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels");
        assertThat(call("timelinesai:wabaLabels/replace?chatId=" + chatId, "x".repeat(65)).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
    }
}
