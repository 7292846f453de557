package dev.seed.camel.timelinesai.partner;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.seed.camel.timelinesai.partner.event.ApiTokenRotatedEvent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The X-TL-Signature check of timelinesai-partner:events: every way a delivery can be wrongly signed is answered
 * 401 without an exchange; a good one reaches the route once, a repeat is dropped, a failed route answers 500.
 */
class PartnerSignatureTest extends PartnerTestSupport {
    private static final String PATH = "/partner/hooks";
    private static final String BODY = "{\"workspace_id\":\"acme-dental\",\"event_type\":\"api_token:rotated\","
            + "\"partner_id\":\"acme-partner\",\"triggered_at\":\"2026-09-21T08:15:00Z\","
            + "\"rotated_at\":\"2026-09-21T08:15:00Z\"}";
    private final AtomicBoolean failRoute = new AtomicBoolean();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("timelinesai-partner:events?eventTypes=all&webhookPath=" + PATH + "&signatureLeeway=30s")
                        .process(e -> {
                            if (failRoute.get()) {
                                throw new IllegalStateException("route down");
                            }
                        })
                        .to("mock:events");
            }
        };
    }

    private String sign(Algorithm algorithm, String partnerId, Instant notBefore, Instant expiresAt) {
        return JWT.create().withClaim("partner_id", partnerId).withNotBefore(notBefore).withExpiresAt(expiresAt)
                .sign(algorithm);
    }

    private String validSignature() {
        Instant now = Instant.now();
        return sign(Algorithm.HMAC256(partnerSecret()), partnerId(), now.minusSeconds(60), now.plusSeconds(60));
    }

    private HttpResponse<String> deliver(String body, String signature, String partnerIdHeader) {
        return signature == null && partnerIdHeader == null ? post(PATH, body)
                : signature == null ? post(PATH, body, "X-TL-Partner-Id", partnerIdHeader)
                : partnerIdHeader == null ? post(PATH, body, "X-TL-Signature", signature)
                : post(PATH, body, "X-TL-Signature", signature, "X-TL-Partner-Id", partnerIdHeader);
    }

    private void assertRefused(String signature, String partnerIdHeader) throws InterruptedException {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.reset();
        events.expectedMessageCount(0);

        HttpResponse<String> response = deliver(BODY, signature, partnerIdHeader);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain(partnerSecret());
        if (signature != null) {
            assertThat(response.body()).doesNotContain(signature);
        }
        events.assertIsSatisfied(200);
    }

    @Test
    void aValidSignatureDeliversATypedEventOnce() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);

        HttpResponse<String> first = deliver(BODY, validSignature(), partnerId());
        HttpResponse<String> replay = deliver(BODY, validSignature(), partnerId());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("duplicate");
        events.assertIsSatisfied();
        ApiTokenRotatedEvent event = events.getReceivedExchanges().get(0).getMessage()
                .getBody(ApiTokenRotatedEvent.class);
        assertThat(event.workspaceId()).isEqualTo("acme-dental");
        assertThat(event.rotatedAt()).isEqualTo("2026-09-21T08:15:00Z");
        assertThat(events.getReceivedExchanges().get(0).getMessage()
                .getHeader(TimelinesAiPartnerConstants.EVENT_TYPE)).isEqualTo("api_token:rotated");
    }

    @Test
    void algNoneIsRefused() throws Exception {
        Instant now = Instant.now();
        assertRefused(sign(Algorithm.none(), partnerId(), now.minusSeconds(60), now.plusSeconds(60)), partnerId());
    }

    @Test
    void anotherAlgorithmWithTheRightSecretIsRefused() throws Exception {
        Instant now = Instant.now();
        assertRefused(sign(Algorithm.HMAC512(partnerSecret()), partnerId(), now.minusSeconds(60),
                now.plusSeconds(60)), partnerId());
    }

    @Test
    void aWrongKeyIsRefused() throws Exception {
        Instant now = Instant.now();
        assertRefused(sign(Algorithm.HMAC256("not-the-partner-secret"), partnerId(), now.minusSeconds(60),
                now.plusSeconds(60)), partnerId());
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheLeeway() throws Exception {
        Instant now = Instant.now();
        assertRefused(sign(Algorithm.HMAC256(partnerSecret()), partnerId(), now.minusSeconds(600),
                now.minusSeconds(120)), partnerId());
    }

    @Test
    void aTokenJustExpiredWithinTheLeewayPasses() {
        Instant now = Instant.now();
        String signature = sign(Algorithm.HMAC256(partnerSecret()), partnerId(), now.minusSeconds(300),
                now.minusSeconds(10));

        assertThat(deliver(BODY, signature, partnerId()).statusCode()).isEqualTo(200);
    }

    @Test
    void aFutureTokenIsRefused() throws Exception {
        Instant now = Instant.now();
        assertRefused(sign(Algorithm.HMAC256(partnerSecret()), partnerId(), now.plusSeconds(120),
                now.plusSeconds(400)), partnerId());
    }

    @Test
    void aMissingSignatureHeaderIsRefused() throws Exception {
        assertRefused(null, partnerId());
    }

    @Test
    void aMissingPartnerIdHeaderIsRefused() throws Exception {
        assertRefused(validSignature(), null);
    }

    @Test
    void aPartnerIdHeaderThatDiffersFromTheClaimIsRefused() throws Exception {
        assertRefused(validSignature(), "somebody-else");
    }

    @Test
    void aTokenOfAnotherPartnerIdIsRefusedEvenWhenTheHeaderMatchesIt() throws Exception {
        Instant now = Instant.now();
        assertRefused(sign(Algorithm.HMAC256(partnerSecret()), "somebody-else", now.minusSeconds(60),
                now.plusSeconds(60)), "somebody-else");
    }

    @Test
    void aTokenWithoutTheTimeClaimsIsRefused() throws Exception {
        assertRefused(JWT.create().withClaim("partner_id", partnerId()).sign(Algorithm.HMAC256(partnerSecret())),
                partnerId());
    }

    @Test
    void garbageIsRefused() throws Exception {
        assertRefused("not-a-jwt", partnerId());
    }

    @Test
    void otherMethodsGet405AndMalformedBodies400() {
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(localUrl() + PATH))
                .timeout(Duration.ofSeconds(10)).header("X-TL-Signature", validSignature())
                .header("X-TL-Partner-Id", partnerId()).GET().build());
        HttpResponse<String> malformed = deliver("{\"event_type\":\"api_token:rotated\"}", validSignature(),
                partnerId());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(getMockEndpoint("mock:events").getReceivedCounter()).isZero();
    }

    @Test
    void aBodyOfAnotherPartnerIsRefusedWith400() {
        HttpResponse<String> response = deliver(BODY.replace("\"partner_id\":\"acme-partner\"",
                "\"partner_id\":\"somebody-else\""), validSignature(), partnerId());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(getMockEndpoint("mock:events").getReceivedCounter()).isZero();
    }

    @Test
    void aFailedRouteAnswers500AndTheRedeliveryIsProcessed() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        failRoute.set(true);

        HttpResponse<String> failed = deliver(BODY, validSignature(), partnerId());
        failRoute.set(false);
        HttpResponse<String> redelivered = deliver(BODY, validSignature(), partnerId());

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(redelivered.statusCode()).isEqualTo(200);
        events.assertIsSatisfied();
    }
}
