package dev.seed.camel.timelinesai;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.Seeder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code timelinesai-paced-send} route template: each account keeps its own pace, so messages queued account
 * by account (A1 A2 A3 B1 B2 B3 ...) reach TimelinesAI round by round (one of each account, then the next) instead
 * of one global trickle (A1 A2 A3 first); every message arrives once, from its account, in its account's order.
 */
class PacedSendTemplateTest extends TimelinesAiTestSupport {
    private static final int PER_ACCOUNT = 3;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new TimelinesAiPacedSendRouteTemplate();
    }

    @Test
    void accountsSendInParallelRoundByRound() throws Exception {
        TemplatedRouteBuilder.builder(context, TimelinesAiPacedSendRouteTemplate.TEMPLATE_ID)
                .routeId("campaign")
                .parameter(TimelinesAiPacedSendRouteTemplate.SOURCE, "seda:campaign")
                .parameter(TimelinesAiPacedSendRouteTemplate.INTERVAL, "1000")
                .add();
        List<String> accounts = Seeder.ACCOUNT_PHONES;
        for (int a = 0; a < accounts.size(); a++) {
            for (int round = 1; round <= PER_ACCOUNT; round++) {
                template.send("seda:campaign", exchangeFor(accounts.get(a), a, round));
            }
        }
        int total = accounts.size() * PER_ACCOUNT;
        await().atMost(30, SECONDS).until(() -> simulator().admin().sent().size() == total);

        List<JsonNode> sent = simulator().admin().sent();
        List<String> texts = new ArrayList<>();
        sent.forEach(s -> texts.add(s.path("text").asText()));
        assertThat(texts).doesNotHaveDuplicates().hasSize(total);
        for (int round = 0; round < PER_ACCOUNT; round++) {
            List<String> window = texts.subList(round * accounts.size(), (round + 1) * accounts.size());
            assertThat(window.stream().map(t -> t.substring(0, 2)).distinct())
                    .as("sends %d to %d come one from each account: %s", round * accounts.size() + 1,
                            (round + 1) * accounts.size(), texts)
                    .hasSize(accounts.size());
        }
        for (int a = 0; a < accounts.size(); a++) {
            List<String> ofAccount = new ArrayList<>();
            for (String t : texts) {
                if (t.startsWith("a" + a + " ")) {
                    ofAccount.add(t);
                }
            }
            assertThat(ofAccount).as("account %d keeps its order", a).containsExactly(text(a, 1), text(a, 2), text(a, 3));
        }
        for (JsonNode s : sent) {
            int account = Integer.parseInt(s.path("text").asText().substring(1, 2));
            assertThat(s.path("account_phone").asText()).isEqualTo(accounts.get(account));
        }
    }

    private org.apache.camel.Exchange exchangeFor(String account, int a, int round) {
        org.apache.camel.Exchange exchange = context.getEndpoint("seda:campaign").createExchange();
        exchange.getMessage().setBody(text(a, round));
        exchange.getMessage().setHeader(TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, account);
        exchange.getMessage().setHeader(TimelinesAiConstants.PHONE, "+1555000" + a + "00" + round);
        return exchange;
    }

    private static String text(int account, int round) {
        return "a" + account + " r" + round;
    }
}
