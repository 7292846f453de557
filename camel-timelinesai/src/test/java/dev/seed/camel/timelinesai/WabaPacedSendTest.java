package dev.seed.camel.timelinesai;

import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.simulator.waba.WabaMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code timelinesai-paced-send} template in front of {@code wabaMessages/send}: a template broadcast from a WABA
 * account, paced on the {@code CamelTimelinesAiWabaAccountId} header, reaches every phone once, in queue order, with
 * one credit per message.
 */
class WabaPacedSendTest extends WabaProducerTestSupport {
    private static final List<String> PHONES = List.of("+15550107001", "+15550107002", "+15550107003");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new TimelinesAiPacedSendRouteTemplate();
    }

    @Test
    void templateBroadcastPacedPerWabaAccount() {
        TemplatedRouteBuilder.builder(context, TimelinesAiPacedSendRouteTemplate.TEMPLATE_ID)
                .routeId("waba-campaign")
                .parameter(TimelinesAiPacedSendRouteTemplate.SOURCE, "seda:waba-campaign")
                .parameter(TimelinesAiPacedSendRouteTemplate.TARGET, "timelinesai:wabaMessages/send"
                        + "?wabaTemplateName=order_update&wabaTemplateLanguage=en_US")
                .parameter(TimelinesAiPacedSendRouteTemplate.ACCOUNT_HEADER, TimelinesAiConstants.WABA_ACCOUNT_ID)
                .parameter(TimelinesAiPacedSendRouteTemplate.INTERVAL, "300")
                .add();
        for (int i = 0; i < PHONES.size(); i++) {
            Exchange exchange = context.getEndpoint("seda:waba-campaign").createExchange();
            exchange.getMessage().setHeader(TimelinesAiConstants.WABA_ACCOUNT_ID, ACCOUNT);
            exchange.getMessage().setHeader(TimelinesAiConstants.PHONE, PHONES.get(i));
            exchange.getMessage().setBody(Map.of("header", List.of("A-10" + i), "body", List.of("Dana", "A-10" + i)));
            template.send("seda:waba-campaign", exchange);
        }
        await().atMost(30, SECONDS).until(() -> templateSends().size() == PHONES.size());

        List<WabaMessage> sent = templateSends();
        assertThat(sent).extracting(m -> m.message().text()).containsExactly(
                "Hi Dana, your order A-100 has shipped.", "Hi Dana, your order A-101 has shipped.",
                "Hi Dana, your order A-102 has shipped.");
        for (int i = 0; i < PHONES.size(); i++) {
            assertThat(simulator().state().waba().chatWith(ACCOUNT, PHONES.get(i))).as(PHONES.get(i)).isPresent();
        }
        assertThat(credits().charged()).isEqualTo(PHONES.size());
        assertNoWabaContractViolations();
    }

    private List<WabaMessage> templateSends() {
        return stored().stream().filter(m -> m.message().text() != null
                && m.message().text().startsWith("Hi Dana, your order A-10")).toList();
    }
}
