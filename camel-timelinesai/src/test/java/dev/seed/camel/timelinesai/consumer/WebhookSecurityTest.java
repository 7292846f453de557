package dev.seed.camel.timelinesai.consumer;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.event.GenericEvent;
import dev.seed.camel.timelinesai.event.MessageEvent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad deliveries posted straight to the consumer's URL: each gets its status and creates no exchange; the
 * answers never echo credentials; a good delivery is processed once even when posted twice.
 */
class WebhookSecurityTest extends EventsTestSupport {
    private static final CountDownLatch SLOW_ROUTE = new CountDownLatch(1);
    private static final CountDownLatch SLOW_ENTERED = new CountDownLatch(1);
    private static final String MESSAGE = """
            {"event_type":"message:received:new","chat":{"full_name":"Maria","chat_url":"u","chat_id":48213377,
             "is_group":false,"phone":"+34612345678"},
             "whatsapp_account":{"full_name":"Lena","email":"lena@x.example","phone":"+4915112345678"},
             "message":{"text":"hola","direction":"received","origin":"WhatsApp","timestamp":"2026-09-14 16:10:02 +0200",
             "message_uid":"5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f","sender":{"full_name":"Maria","phone":"+34612345678"},
             "recipient":{"full_name":"N","phone":"+4915112345678"}}}""";

    @Override
    protected RouteBuilder createRouteBuilder() {
        String base = "timelinesai:events?eventTypes=message:received:new,some:future:event"
                + "&webhookSecret={{hook.secret}}";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(base + "&webhookPath=/hook").to("mock:hook");
                from(base + "&webhookPath=/small&webhookMaxBodySize=200").to("mock:small");
                from(base + "&webhookPath=/ips&webhookAllowedIps=10.0.0.0/8,2001:db8::/32").to("mock:ips");
                from(base + "&webhookPath=/local&webhookAllowedIps=127.0.0.1/32").to("mock:local");
                from(base + "&webhookPath=/bearer&webhookBearerToken=proxy-token-1").to("mock:bearer");
                from(base + "&webhookPath=/basic&webhookBasicAuthUsername=proxy&webhookBasicAuthPassword=pa55word").to("mock:basic");
                from(base + "&webhookPath=/slow").process(e -> {
                    SLOW_ENTERED.countDown();
                    SLOW_ROUTE.await(20, TimeUnit.SECONDS);
                }).to("mock:slow");
            }
        };
    }

    private static String withSecret(String path) {
        return path + "?secret=" + SECRET;
    }

    @Test
    void goodDeliveryIsProcessedOnceAndDuplicatesAreDropped() throws Exception {
        MockEndpoint hook = getMockEndpoint("mock:hook");
        hook.expectedMessageCount(1);
        HttpResponse<String> first = post(withSecret("/hook"), MESSAGE);
        HttpResponse<String> again = post(withSecret("/hook"), MESSAGE);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("duplicate");
        hook.assertIsSatisfied();
        assertThat(hook.getReceivedExchanges().get(0).getMessage().getBody()).isInstanceOf(MessageEvent.class);
        assertThat(hook.getReceivedExchanges().get(0).getMessage().getHeader("secret")).isNull();
    }

    @Test
    void aRepeatWhileTheFirstIsStillProcessedIsNotAcknowledgedAsDone() throws Exception {
        MockEndpoint slow = getMockEndpoint("mock:slow");
        slow.expectedMessageCount(1);
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> post(withSecret("/slow"), MESSAGE));
        // the repeat must come while the first delivery is inside the route, not race it to the door
        assertThat(SLOW_ENTERED.await(20, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<String> repeat = post(withSecret("/slow"), MESSAGE);
            return repeat.statusCode() == 503 && repeat.headers().firstValue("Retry-After").isPresent();
        });
        SLOW_ROUTE.countDown();
        assertThat(first.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(post(withSecret("/slow"), MESSAGE).body()).contains("duplicate");
        slow.assertIsSatisfied();
    }

    @Test
    void unknownEventTypeArrivesAsGenericEvent() throws Exception {
        MockEndpoint hook = getMockEndpoint("mock:hook");
        hook.expectedMessageCount(1);
        assertThat(post(withSecret("/hook"), "{\"event_type\":\"some:future:event\",\"thing\":{\"id\":3}}")
                .statusCode()).isEqualTo(200);
        hook.assertIsSatisfied();
        GenericEvent event = hook.getReceivedExchanges().get(0).getMessage().getBody(GenericEvent.class);
        assertThat(event.raw().path("thing").path("id").asInt()).isEqualTo(3);
        assertThat(hook.getReceivedExchanges().get(0).getMessage().getHeader(TimelinesAiConstants.EVENT_TYPE))
                .isEqualTo("some:future:event");
    }

    @Test
    void eventTypesNotSubscribedAreAcknowledgedButNotRouted() throws Exception {
        MockEndpoint hook = getMockEndpoint("mock:hook");
        hook.expectedMessageCount(0);
        HttpResponse<String> response = post(withSecret("/hook"), MESSAGE.replace("message:received:new",
                "message:sent:new"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ignored");
        hook.assertIsSatisfied(200);
    }

    @Test
    void secretIsRequiredAndChecked() throws Exception {
        MockEndpoint hook = getMockEndpoint("mock:hook");
        hook.expectedMessageCount(0);
        assertThat(post("/hook", MESSAGE).statusCode()).isEqualTo(401);
        assertThat(post("/hook?secret=", MESSAGE).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("/hook?secret=" + SECRET + "x", MESSAGE);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).doesNotContain(SECRET);
        assertThat(wrong.headers().map().toString()).doesNotContain(SECRET);
        assertThat(post("/hook?secret=" + SECRET.substring(1), MESSAGE).statusCode()).isEqualTo(403);
        hook.assertIsSatisfied(200);
    }

    @Test
    void theSecretCountsOnlyAsTheQueryParameterNotAsAHeader() throws Exception {
        MockEndpoint hook = getMockEndpoint("mock:hook");
        hook.expectedMessageCount(0);
        HttpResponse<String> headerOnly = post("/hook", MESSAGE, "secret", SECRET);
        assertThat(headerOnly.statusCode()).isEqualTo(401);
        assertThat(headerOnly.body()).contains("Missing secret");
        assertThat(post("/hook?other=1", MESSAGE, "secret", SECRET).statusCode()).isEqualTo(401);
        hook.assertIsSatisfied(200);
    }

    @Test
    void onlyPostIsAccepted() throws Exception {
        MockEndpoint hook = getMockEndpoint("mock:hook");
        hook.expectedMessageCount(0);
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(externalUrl() + withSecret("/hook")))
                .timeout(Duration.ofSeconds(10)).GET().build());
        assertThat(get.statusCode()).isEqualTo(405);
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(externalUrl() + withSecret("/hook")))
                .timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.ofString(MESSAGE)).build());
        assertThat(put.statusCode()).isEqualTo(405);
        hook.assertIsSatisfied(200);
    }

    @Test
    void malformedOrWrongShapeGets400() throws Exception {
        MockEndpoint hook = getMockEndpoint("mock:hook");
        hook.expectedMessageCount(0);
        assertThat(post(withSecret("/hook"), "{not json").statusCode()).isEqualTo(400);
        assertThat(post(withSecret("/hook"), "").statusCode()).isEqualTo(400);
        assertThat(post(withSecret("/hook"), "[]").statusCode()).isEqualTo(400);
        assertThat(post(withSecret("/hook"), "{\"chat\":{\"chat_id\":1}}").statusCode()).isEqualTo(400);
        assertThat(post(withSecret("/hook"), "{\"event_type\":\"message:received:new\",\"message\":\"hi\"}")
                .statusCode()).isEqualTo(400);
        assertThat(post(withSecret("/hook"), "{\"event_type\":\"message:received:new\",\"chat\":{\"chat_id\":1}}")
                .statusCode()).isEqualTo(400);
        hook.assertIsSatisfied(200);
    }

    @Test
    void oversizeBodyGets413() throws Exception {
        MockEndpoint small = getMockEndpoint("mock:small");
        small.expectedMessageCount(0);
        assertThat(MESSAGE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(200);
        assertThat(post(withSecret("/small"), MESSAGE).statusCode()).isEqualTo(413);
        small.assertIsSatisfied(200);
    }

    @Test
    void ipAllowListRefusesOtherPeers() throws Exception {
        MockEndpoint ips = getMockEndpoint("mock:ips");
        ips.expectedMessageCount(0);
        assertThat(post(withSecret("/ips"), MESSAGE).statusCode()).isEqualTo(403);
        ips.assertIsSatisfied(200);
        MockEndpoint local = getMockEndpoint("mock:local");
        local.expectedMessageCount(1);
        assertThat(post(withSecret("/local"), MESSAGE).statusCode()).isEqualTo(200);
        local.assertIsSatisfied();
    }

    @Test
    void proxyBearerAndBasicAuthorization() throws Exception {
        MockEndpoint bearer = getMockEndpoint("mock:bearer");
        bearer.expectedMessageCount(1);
        assertThat(post(withSecret("/bearer"), MESSAGE).statusCode()).isEqualTo(401);
        assertThat(post(withSecret("/bearer"), MESSAGE, "Authorization", "Bearer wrong").statusCode()).isEqualTo(403);
        assertThat(post(withSecret("/bearer"), MESSAGE, "Authorization", "Bearer proxy-token-1").statusCode())
                .isEqualTo(200);
        bearer.assertIsSatisfied();

        MockEndpoint basic = getMockEndpoint("mock:basic");
        basic.expectedMessageCount(1);
        String good = "Basic " + Base64.getEncoder().encodeToString("proxy:pa55word".getBytes(StandardCharsets.UTF_8));
        assertThat(post(withSecret("/basic"), MESSAGE, "Authorization", "Basic eDp5").statusCode()).isEqualTo(403);
        HttpResponse<String> ok = post(withSecret("/basic"), MESSAGE, "Authorization", good);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Authorization")).isEmpty();
        basic.assertIsSatisfied();
    }

    @Test
    void theSecretNeverReachesTheLog() throws Exception {
        post("/hook?secret=" + SECRET + "-wrong", MESSAGE);
        post(withSecret("/hook"), MESSAGE);
        post(withSecret("/hook"), "{broken");
        getMockEndpoint("mock:hook").expectedMessageCount(1);
        getMockEndpoint("mock:hook").assertIsSatisfied();
        String log = Files.readString(Path.of("target/camel-timelinesai-test.log"), StandardCharsets.UTF_8);
        assertThat(log).as("the test log captured the consumer").contains("Refused a webhook delivery: 403");
        assertThat(log).doesNotContain(SECRET);
    }

    @Test
    void secretsAreMaskedInToString() {
        TimelinesAiEndpoint endpoint = context.getEndpoint("timelinesai:events?eventTypes=chat:new"
                + "&webhookSecret={{hook.secret}}&webhookBasicAuthUsername=proxy&webhookBasicAuthPassword=pa55word",
                TimelinesAiEndpoint.class);
        String text = endpoint.getEventsConfiguration().toString() + endpoint.getConfiguration() + endpoint;
        assertThat(text).doesNotContain(SECRET).doesNotContain("pa55word");
        TimelinesAiEndpoint bearer = context.getEndpoint("timelinesai:events?eventTypes=chat:new"
                + "&webhookSecret={{hook.secret}}&webhookBearerToken=proxy-token-1", TimelinesAiEndpoint.class);
        assertThat(bearer.toString() + bearer.getEventsConfiguration()).doesNotContain("proxy-token-1");
    }
}
