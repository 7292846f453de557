package dev.seed.camel.timelinesai;

import java.time.Duration;
import java.util.List;

import dev.seed.camel.timelinesai.model.MessagePage;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reconciliation recipe of the docs, as a route: after an ambiguous send, wait, look for the text among the
 * chat's own recent messages, and resend only when it is not there. A send the server accepted after the client
 * timed out is found and not resent; a send lost with its connection is resent; each text ends up sent once.
 */
class ReconcileRecipeTest extends TimelinesAiTestSupport {
    private static final String SEND_PATH = "/chats/\\d+/messages";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("timelinesai", TimelinesAiComponent.class).setResponseTimeout(1000);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(TimelinesAiAmbiguousSendException.class).handled(true)
                    .delay(2000) // give a slow request time to land before looking
                    .to("direct:reconcile");

                from("direct:send")
                    .setProperty("text", body())
                    .to("timelinesai:messages/send");

                from("direct:reconcile")
                    .setProperty("ambiguous", exchangeProperty(Exchange.EXCEPTION_CAUGHT))
                    .setBody(constant(null))
                    .to("timelinesai:chats/messages?fromMe=true&sortingOrder=desc")
                    .process(e -> {
                        TimelinesAiAmbiguousSendException sent = e.getProperty("ambiguous",
                                TimelinesAiAmbiguousSendException.class);
                        MessagePage recent = e.getMessage().getBody(MessagePage.class);
                        e.getMessage().setHeader("accepted", recent.messages().stream()
                                .anyMatch(m -> sent.matchesText(m.text())));
                    })
                    .choice()
                        .when(header("accepted").isEqualTo(false))
                            .setBody(exchangeProperty("text"))
                            .to("timelinesai:messages/send")
                    .end();
            }
        };
    }

    private long chat() {
        return simulator().state().chats().stream().filter(c -> !c.isGroup()).map(Chat::id).findFirst().orElseThrow();
    }

    private List<String> sentTexts() {
        return simulator().admin().sent().stream().map(s -> s.path("text").asText()).toList();
    }

    @Test
    void aSendAcceptedAfterTheTimeoutIsFoundAndNotResent() {
        simulator().admin().addFault(FaultSpec.latency(Duration.ofMillis(1500)).method("POST").pathRegex(SEND_PATH)
                .times(1));
        Exchange done = template.request("direct:send", e -> {
            e.getMessage().setBody("late but accepted");
            e.getMessage().setHeader(TimelinesAiConstants.CHAT_ID, chat());
        });
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader("accepted", Boolean.class)).isTrue();
        assertThat(sentTexts()).containsOnlyOnce("late but accepted");
    }

    @Test
    void aSendLostWithItsConnectionIsResentOnce() {
        simulator().admin().addFault(FaultSpec.drop().method("POST").pathRegex(SEND_PATH).times(1));
        Exchange done = template.request("direct:send", e -> {
            e.getMessage().setBody("lost, then resent");
            e.getMessage().setHeader(TimelinesAiConstants.CHAT_ID, chat());
        });
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader("accepted", Boolean.class)).isFalse();
        await().atMost(5, SECONDS).until(() -> sentTexts().contains("lost, then resent"));
        assertThat(sentTexts()).containsOnlyOnce("lost, then resent");
    }
}
