package dev.seed.camel.timelinesai;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The {@code accountPacer} parameter of {@code timelinesai-paced-send}: the named pacer gives every exchange its
 * account's turn and gets it back when the send is done, instead of the in-JVM pacer; a name that is no pacer bean
 * is refused when the route is created.
 */
class PacedSendPacerParameterTest extends TimelinesAiTestSupport {
    private final List<String> turns = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new TimelinesAiPacedSendRouteTemplate();
    }

    @Test
    void theNamedPacerGivesAndTakesBackEachExchangesTurn() {
        // gives every turn at once, so only the record shows the pacer was used
        context.getRegistry().bind("immediatePacer", new TimelinesAiAccountPacer() {
            @Override
            public long tryTakeTurn(String account) {
                turns.add("take " + account);
                return 0;
            }

            @Override
            public void endTurn(String account) {
                turns.add("end " + account);
            }
        });
        TemplatedRouteBuilder.builder(context, TimelinesAiPacedSendRouteTemplate.TEMPLATE_ID)
                .routeId("campaign")
                .parameter(TimelinesAiPacedSendRouteTemplate.SOURCE, "direct:campaign")
                .parameter(TimelinesAiPacedSendRouteTemplate.ACCOUNT_PACER, "immediatePacer")
                .add();

        template.sendBodyAndHeaders("direct:campaign", "hello 1", java.util.Map.of(
                TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, "+14155550100", TimelinesAiConstants.PHONE, "+15550001"));
        template.sendBodyAndHeaders("direct:campaign", "hello 2", java.util.Map.of(
                TimelinesAiConstants.PHONE, "+15550002"));

        await().atMost(20, SECONDS).until(() -> simulator().admin().sent().size() == 2 && turns.size() == 4);
        assertThat(turns).containsExactly("take +14155550100", "end +14155550100", "take ", "end ");
    }

    @Test
    void aNameThatIsNoPacerIsRefused() {
        context.getRegistry().bind("notAPacer", "just a string");
        assertThatThrownBy(() -> TemplatedRouteBuilder.builder(context, TimelinesAiPacedSendRouteTemplate.TEMPLATE_ID)
                .routeId("campaign")
                .parameter(TimelinesAiPacedSendRouteTemplate.SOURCE, "direct:campaign")
                .parameter(TimelinesAiPacedSendRouteTemplate.ACCOUNT_PACER, "notAPacer")
                .add())
                .hasStackTraceContaining("accountPacer")
                .hasStackTraceContaining("names no TimelinesAiAccountPacer bean: 'notAPacer'");
    }
}
