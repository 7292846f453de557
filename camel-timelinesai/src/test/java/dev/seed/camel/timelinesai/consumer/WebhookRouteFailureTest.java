package dev.seed.camel.timelinesai.consumer;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.ExceptionHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route that fails in any way (an exception, an {@link Error}, a rollback-only mark) fails the delivery with
 * 500, keeps its key out of the idempotent repository and reports to the consumer's ExceptionHandler, so that
 * the redelivery reaches the route.
 */
class WebhookRouteFailureTest extends EventsTestSupport {
    private static final String EVENT = """
            {"event_type":"message:received:new","chat":{"full_name":"Maria","chat_url":"u","chat_id":48213377,
             "is_group":false,"phone":"+34612345678"},
             "whatsapp_account":{"full_name":"Lena","email":"lena@x.example","phone":"+4915112345678"},
             "message":{"text":"hola","direction":"received","origin":"WhatsApp","timestamp":"2026-09-14 16:10:02 +0200",
             "message_uid":"%s","sender":{"full_name":"Maria","phone":"+34612345678"},
             "recipient":{"full_name":"N","phone":"+4915112345678"}}}""";

    private final AtomicInteger attempts = new AtomicInteger();

    @BindToRegistry("recordingHandler")
    private final RecordingHandler handler = new RecordingHandler();

    @Override
    protected RouteBuilder createRouteBuilder() {
        String base = "timelinesai:events?eventTypes=message:received:new&webhookSecret={{hook.secret}}"
                + "&exceptionHandler=#recordingHandler&webhookPath=";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(base + "/assertion").process(e -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new AssertionError("route assertion");
                    }
                }).to("mock:assertion");
                from(base + "/overflow").process(e -> {
                    if (attempts.incrementAndGet() == 1) {
                        recurse(1);
                    }
                }).to("mock:overflow");
                from(base + "/rollback").process(e -> {
                    if (attempts.incrementAndGet() == 1) {
                        e.setRollbackOnly(true);
                    }
                }).to("mock:rollback");
                from(base + "/exception").process(e -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("route exception");
                    }
                }).to("mock:exception");
            }
        };
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    private void assertFailsThenRedeliveryIsProcessed(String path, String uid) throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:" + path.substring(1));
        mock.expectedMessageCount(1);
        String body = EVENT.formatted(uid);

        HttpResponse<String> first = post(path + "?secret=" + SECRET, body);
        HttpResponse<String> redelivery = post(path + "?secret=" + SECRET, body);

        assertThat(first.statusCode()).as("first delivery").isEqualTo(500);
        assertThat(first.body()).contains("Processing failed");
        assertThat(redelivery.statusCode()).as("redelivery").isEqualTo(200);
        assertThat(redelivery.body()).contains("processed");
        mock.assertIsSatisfied();
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(handler.messages).hasSize(1);
        assertThat(handler.messages.get(0)).contains("message:received:new");
    }

    @Test
    void anAssertionErrorFailsTheDeliveryAndTheRedeliveryReachesTheRoute() throws Exception {
        assertFailsThenRedeliveryIsProcessed("/assertion", "0b3a6f5e-1111-4c1d-8e2f-3a4b5c6d7e01");
    }

    @Test
    void aStackOverflowErrorFailsTheDeliveryAndTheRedeliveryReachesTheRoute() throws Exception {
        assertFailsThenRedeliveryIsProcessed("/overflow", "0b3a6f5e-2222-4c1d-8e2f-3a4b5c6d7e02");
    }

    @Test
    void aRollbackOnlyExchangeFailsTheDeliveryAndItsKeyIsNotKept() throws Exception {
        assertFailsThenRedeliveryIsProcessed("/rollback", "0b3a6f5e-3333-4c1d-8e2f-3a4b5c6d7e03");
    }

    @Test
    void anExceptionGoesToTheConsumersExceptionHandler() throws Exception {
        assertFailsThenRedeliveryIsProcessed("/exception", "0b3a6f5e-4444-4c1d-8e2f-3a4b5c6d7e04");
    }

    /** Remembers what the consumer reported. */
    static final class RecordingHandler implements ExceptionHandler {
        final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public void handleException(Throwable exception) {
            messages.add(String.valueOf(exception));
        }

        @Override
        public void handleException(String message, Throwable exception) {
            messages.add(message);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            messages.add(message);
        }
    }
}
