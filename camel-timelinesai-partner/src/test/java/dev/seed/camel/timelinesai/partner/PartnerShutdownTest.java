package dev.seed.camel.timelinesai.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.seed.camel.timelinesai.partner.event.PartnerEvents;
import dev.seed.camel.timelinesai.partner.model.UsersCreated;
import dev.seed.camel.timelinesai.simulator.PartnerAdmin.PartnerDelivery;
import org.apache.camel.ServiceStatus;
import org.apache.camel.StatefulService;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Graceful shutdown of {@code timelinesai-partner:events}: the event in flight when the route stops completes and
 * is answered 200; a correctly signed delivery arriving meanwhile gets 503 and no exchange.
 */
class PartnerShutdownTest extends PartnerTestSupport {
    private static final String PATH = "/partner/drain";
    private static final String ROTATED = "{\"workspace_id\":\"acme-dental\",\"event_type\":\"api_token:rotated\","
            + "\"partner_id\":\"%s\",\"triggered_at\":\"2026-09-21T08:15:00Z\",\"rotated_at\":\"2026-09-21T08:15:00Z\"}";

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("timelinesai-partner:events?eventTypes=all&webhookPath=" + PATH).routeId("partner-drain")
                        .process(e -> {
                            entered.countDown();
                            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                        })
                        .to("mock:drained");
            }
        };
    }

    private String signature() {
        Instant now = Instant.now();
        return JWT.create().withClaim("partner_id", partnerId()).withNotBefore(now.minusSeconds(60))
                .withExpiresAt(now.plusSeconds(60)).sign(Algorithm.HMAC256(partnerSecret()));
    }

    @Test
    void stoppingTheRouteLetsTheEventInFlightFinishAndRefusesNewDeliveries() throws Exception {
        admin().setPartnerWebhookUrl(localUrl() + PATH);
        MockEndpoint drained = getMockEndpoint("mock:drained");
        ok("timelinesai-partner:workspaces/create?displayName=acme-dental&seatsPurchased=3", null, Object.class);
        ok("timelinesai-partner:users/create?workspaceId=acme-dental&count=2", null, UsersCreated.class);
        assertThat(entered.await(15, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> {
            try {
                context.getRouteController().stopRoute("partner-drain");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ((StatefulService) context.getRoute("partner-drain").getConsumer()).isSuspended());
        assertThat(post(PATH, ROTATED.formatted(partnerId()), "X-TL-Signature", signature(), "X-TL-Partner-Id",
                partnerId()).statusCode()).isEqualTo(503);
        assertThat(stop).isNotDone();

        release.countDown();
        stop.get(30, TimeUnit.SECONDS);

        assertThat(context.getRouteController().getRouteStatus("partner-drain")).isEqualTo(ServiceStatus.Stopped);
        assertThat(drained.getReceivedExchanges()).singleElement().satisfies(e -> assertThat(e.getMessage()
                .getHeader(TimelinesAiPartnerConstants.EVENT_TYPE)).isEqualTo(PartnerEvents.SEATS_FULL));
        await().atMost(Duration.ofSeconds(10)).until(() -> !admin().partnerDeliveries(PartnerEvents.SEATS_FULL)
                .isEmpty());
        assertThat(admin().partnerDeliveries(PartnerEvents.SEATS_FULL)).singleElement().satisfies(d -> {
            assertThat(d.attempt()).isEqualTo(1);
            assertThat(d.statusCode()).isEqualTo(200);
        });
        assertThat(admin().partnerDeliveries(null)).extracting(PartnerDelivery::eventType)
                .containsOnly(PartnerEvents.SEATS_FULL);
    }
}
