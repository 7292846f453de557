package dev.seed.camel.timelinesai.console;

import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.consumer.EventsTestSupport;
import dev.seed.camel.timelinesai.simulator.WorkspaceAdmin.QuotaUpdate;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted run (3 sends, 1 refused for credits, a delivery posted 3 times, refused deliveries) and what the
 * {@code timelinesai} dev console and the Micrometer meters show of it.
 */
class ObservabilityFiguresTest extends EventsTestSupport {
    private static final String MESSAGE = """
            {"event_type":"message:received:new","chat":{"full_name":"Maria","chat_url":"u","chat_id":48213377,
             "is_group":false,"phone":"+34612345678"},
             "whatsapp_account":{"full_name":"Lena","email":"lena@x.example","phone":"+4915112345678"},
             "message":{"text":"hola","direction":"received","origin":"WhatsApp","timestamp":"2026-09-14 16:10:02 +0200",
             "message_uid":"0b6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f","sender":{"full_name":"Maria","phone":"+34612345678"},
             "recipient":{"full_name":"N","phone":"+4915112345678"}}}""";
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", meters);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("timelinesai:events?eventTypes=message:received:new&webhookPath=/obs"
                        + "&webhookMaxBodySize=2000&webhookSecret={{hook.secret}}").to("mock:obs");
            }
        };
    }

    @Test
    void consoleAndMetersCountAScriptedRun() {
        simulator().admin().setQuotas(QuotaUpdate.messaging(10, 7));
        long chat = simulator().state().chats().stream().filter(c -> !c.isGroup()).map(Chat::id).findFirst()
                .orElseThrow();
        String send = "timelinesai:messages/send?checkCredits=true&creditsCacheTtl=60000&chatId=" + chat;
        ok(send, "one");
        ok(send, "two");
        ok(send, "three");
        Exchange refused = call(send, "four");
        assertThat(refused.getException()).isNotNull();

        String hook = "/obs?secret=" + SECRET;
        assertThat(post(hook, MESSAGE).statusCode()).isEqualTo(200);
        assertThat(post(hook, MESSAGE).body()).contains("duplicate");
        assertThat(post(hook, MESSAGE).body()).contains("duplicate");
        assertThat(post("/obs", MESSAGE).statusCode()).isEqualTo(401);
        assertThat(post(hook + "x", MESSAGE).statusCode()).isEqualTo(403);
        assertThat(post(hook, "{not json").statusCode()).isEqualTo(400);
        assertThat(post(hook, MESSAGE + " ".repeat(2000)).statusCode()).isEqualTo(413);

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("timelinesai");
        assertThat(console).as("the console is found by its id").isNotNull();
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
        String text = Jsoner.serialize(json) + console.call(DevConsole.MediaType.TEXT);
        assertThat(text).doesNotContain(SECRET).doesNotContain(simulator().token());

        JsonObject component = (JsonObject) ((List<?>) json.get("components")).get(0);
        JsonObject sendFigures = (JsonObject) ((JsonObject) component.get("operations")).get("messages/send");
        assertThat(sendFigures).containsEntry("calls", 4L).containsEntry("success", 3L)
                .containsEntry("credits_refused", 1L);
        assertThat(component).containsEntry("creditsUsed", 3L).containsEntry("creditsRefused", 1L);
        assertThat(((Number) component.get("requests")).longValue()).isPositive();

        JsonObject consumer = (JsonObject) ((List<?>) json.get("consumers")).get(0);
        assertThat(consumer).containsEntry("accepted", 1L).containsEntry("duplicates", 2L)
                .containsEntry("refused", 4L);
        @SuppressWarnings("unchecked")
        Map<String, Object> reasons = (Map<String, Object>) consumer.get("refusedByReason");
        assertThat(reasons).containsEntry("secret", 2L)
                .containsEntry("malformed", 1L).containsEntry("size", 1L);
        assertThat(consumer.get("lastDelivery")).isNotNull();
        assertThat(text).contains("duplicates: 2");

        assertThat(count("timelinesai.calls", "operation", "messages/send", "outcome", "success")).isEqualTo(3);
        assertThat(count("timelinesai.calls", "operation", "messages/send", "outcome", "credits_refused"))
                .isEqualTo(1);
        assertThat(meters.get("timelinesai.credits.refused").functionCounter().count()).isEqualTo(1);
        assertThat(meters.get("timelinesai.credits.used").functionCounter().count()).isEqualTo(3);
        assertThat(count("timelinesai.events", "event_type", "message:received:new", "outcome", "duplicate"))
                .isEqualTo(2);
        assertThat(count("timelinesai.events", "event_type", "message:received:new", "outcome", "processed"))
                .isEqualTo(1);
        assertThat(meters.get("timelinesai.events.refused").tag("reason", "secret").functionCounter().count())
                .isEqualTo(2);
    }

    @Test
    void accountsAreGaugedFromTheReadinessRead() {
        org.apache.camel.health.HealthCheckHelper.invokeReadiness(context);
        assertThat(meters.get("timelinesai.accounts.connected").tag("account",
                dev.seed.camel.timelinesai.simulator.Seeder.ACCOUNT_PHONES.get(0)).gauge().value()).isEqualTo(1);
        simulator().admin().setAllAccountsConnected(false);
        assertThat(meters.get("timelinesai.accounts.connected").tag("account",
                dev.seed.camel.timelinesai.simulator.Seeder.ACCOUNT_PHONES.get(0)).gauge().value())
                .as("the last read, not a new call").isEqualTo(1);
    }

    private double count(String name, String... tags) {
        return meters.get(name).tags(tags).functionCounter().count();
    }
}
