package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.model.WebhookRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** webhooks/* against the simulator: create (idempotent), get, update, list, delete and errors. */
class WebhooksOperationsTest extends TimelinesAiTestSupport {

    @Test
    void fullLifecycle() {
        WebhookInfo created = ok("timelinesai:webhooks/create?eventType=message:received:new"
                + "&webhookUrl=https://hooks.example.com/in", null).getMessage().getBody(WebhookInfo.class);
        assertThat(created.eventType()).isEqualTo("message:received:new");
        assertThat(created.enabled()).isTrue();

        WebhookInfo again = ok("timelinesai:webhooks/create", new WebhookRequest("message:received:new",
                "https://hooks.example.com/in", null)).getMessage().getBody(WebhookInfo.class);
        assertThat(again.id()).isEqualTo(created.id());

        WebhookInfo got = ok("timelinesai:webhooks/get", null, TimelinesAiConstants.WEBHOOK_ID, created.id())
                .getMessage().getBody(WebhookInfo.class);
        assertThat(got.url()).isEqualTo("https://hooks.example.com/in");

        WebhookInfo paused = ok("timelinesai:webhooks/update?enabled=false", created.id()).getMessage()
                .getBody(WebhookInfo.class);
        assertThat(paused.enabled()).isFalse();

        List<WebhookInfo> all = ok("timelinesai:webhooks/list", null).getMessage().getBody(List.class);
        assertThat(all).extracting(WebhookInfo::id).contains(created.id());

        assertThat(ok("timelinesai:webhooks/delete?webhookId=" + created.id(), null).getMessage().getBody())
                .isEqualTo(created.id());
        assertNoContractViolations();
        assertThat(call("timelinesai:webhooks/get", created.id()).getException())
                .isInstanceOf(TimelinesAiNotFoundException.class);
    }

    @Test
    void invalidUrlGivesFieldErrors() {
        Exchange exchange = call("timelinesai:webhooks/create", new WebhookRequest("chat:new", "not a url", true));
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiValidationException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(400);
            assertThat(e.getFieldErrors()).anySatisfy(f -> assertThat(f.fields()).containsExactly("url"));
        });
    }

    @Test
    void createNeedsEventTypeAndUrl() {
        assertThat(call("timelinesai:webhooks/create?eventType=chat:new", null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("webhookUrl");
    }
}
