package dev.seed.camel.timelinesai.partner;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import org.apache.camel.BindToRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * timelinesai-partner:events when the route fails in any way (an {@link Error}, a rollback-only mark): 500 and the
 * redelivery reaches the route. A user-supplied idempotent repository is started. Oversize bodies get the
 * component's JSON 413, and an unsigned one is refused by its missing signature header.
 */
class PartnerDeliveryFailureTest extends PartnerTestSupport {
    private static final String BODY = "{\"workspace_id\":\"acme-dental\",\"event_type\":\"api_token:rotated\","
            + "\"partner_id\":\"%s\",\"triggered_at\":\"2026-09-21T08:15:00Z\",\"rotated_at\":\"%s\"}";

    private final AtomicInteger attempts = new AtomicInteger();

    @BindToRegistry("myRepository")
    private final MemoryIdempotentRepository repository = new MemoryIdempotentRepository();

    @Override
    protected RouteBuilder createRouteBuilder() {
        String base = "timelinesai-partner:events?eventTypes=all&idempotentRepository=#myRepository"
                + "&webhookMaxBodySize=4096&webhookPath=";
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
            }
        };
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    private String signature() {
        Instant now = Instant.now();
        return JWT.create().withClaim("partner_id", partnerId()).withNotBefore(now.minusSeconds(60))
                .withExpiresAt(now.plusSeconds(60)).sign(Algorithm.HMAC256(partnerSecret()));
    }

    private HttpResponse<String> deliver(String path, String rotatedAt) {
        return post(path, BODY.formatted(partnerId(), rotatedAt), "X-TL-Signature", signature(),
                "X-TL-Partner-Id", partnerId());
    }

    private void assertFailsThenRedeliveryIsProcessed(String path, String rotatedAt) throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:" + path.substring(1));
        mock.expectedMessageCount(1);

        HttpResponse<String> first = deliver(path, rotatedAt);
        HttpResponse<String> redelivery = deliver(path, rotatedAt);

        assertThat(first.statusCode()).as("first delivery").isEqualTo(500);
        assertThat(redelivery.statusCode()).as("redelivery").isEqualTo(200);
        assertThat(redelivery.body()).contains("processed");
        mock.assertIsSatisfied();
        assertThat(attempts.get()).isEqualTo(2);
    }

    @Test
    void anAssertionErrorFailsTheDeliveryAndTheRedeliveryReachesTheRoute() throws Exception {
        assertFailsThenRedeliveryIsProcessed("/assertion", "2026-09-21T08:15:01Z");
    }

    @Test
    void aStackOverflowErrorFailsTheDeliveryAndTheRedeliveryReachesTheRoute() throws Exception {
        assertFailsThenRedeliveryIsProcessed("/overflow", "2026-09-21T08:15:02Z");
    }

    @Test
    void aRollbackOnlyExchangeFailsTheDeliveryAndTheRedeliveryReachesTheRoute() throws Exception {
        assertFailsThenRedeliveryIsProcessed("/rollback", "2026-09-21T08:15:03Z");
    }

    @Test
    void aUserSuppliedIdempotentRepositoryIsStartedAndUsed() {
        assertThat(repository.isStarted()).isTrue();
        attempts.set(1);
        deliver("/rollback", "2026-09-21T08:15:04Z");
        assertThat(repository.getCacheSize()).isEqualTo(1);
    }

    @Test
    void oversizeBodiesGetTheComponentsJson413AndUnsignedOnesAreRefusedFirst() {
        byte[] big = new byte[64 * 1024];
        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(localUrl() + "/assertion"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

        HttpResponse<String> signed = send(chunked.copy().header("X-TL-Signature", signature())
                .header("X-TL-Partner-Id", partnerId()).build());
        HttpResponse<String> unsigned = send(chunked.build());

        assertThat(signed.statusCode()).isEqualTo(413);
        assertThat(signed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(signed.body()).contains("\"status\":\"error\"").contains("4096");
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(attempts.get()).isZero();
    }
}
