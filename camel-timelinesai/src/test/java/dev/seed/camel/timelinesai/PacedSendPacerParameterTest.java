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
 * The {@code accountPacer} parameter of {@code timelinesai-paced-send}: the named pacer books every exchange's slot
 * (for its account) instead of the throttle, and a name that is no pacer bean is refused when the route is created.
 */
class PacedSendPacerParameterTest extends TimelinesAiTestSupport {
    private final List<String> booked = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new TimelinesAiPacedSendRouteTemplate();
    }

    @Test
    void theNamedPacerBooksEachExchangesSlot() {
        // books nothing ahead: every slot is now, so only the bookings show the pacer was used
        context.getRegistry().bind("immediatePacer", (TimelinesAiAccountPacer) account -> {
            booked.add(account);
            return 0;
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

        await().atMost(20, SECONDS).until(() -> simulator().admin().sent().size() == 2);
        assertThat(booked).containsExactly("+14155550100", "");
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
