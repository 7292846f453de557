package dev.seed.camel.timelinesai.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * The webhook receivers compared by benchmark 2, all on one platform-http server: the {@code timelinesai:events}
 * consumer with and without de-duplication, and a hand-rolled {@code platform-http} + Jackson route doing the same
 * work (secret check in constant time, JSON parse, event type / chat / message uid / account into headers, the
 * same in-memory de-duplication of 10,000 keys on event type plus message uid, a small JSON answer). Every route
 * ends in the same counting step.
 */
final class IngestRoutes extends RouteBuilder {
    static final String SECRET = "benchmark-webhook-secret-0123456789";
    static final String COMPONENT = "/component";
    static final String COMPONENT_DEDUP = "/component-dedup";
    static final String HAND_ROLLED = "/hand-rolled";
    static final String HAND_ROLLED_DEDUP = "/hand-rolled-dedup";

    private final ObjectMapper mapper = new ObjectMapper();
    private final byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
    private final AtomicLong processed = new AtomicLong();

    long processed() {
        return processed.get();
    }

    @Override
    public void configure() {
        String events = "timelinesai:events?eventTypes=message:received:new&webhookSecret=" + SECRET + "&webhookPath=";
        from(events + COMPONENT + "&idempotent=false").routeId("component").process(e -> processed.incrementAndGet());
        from(events + COMPONENT_DEDUP + "&idempotent=true").routeId("component-dedup")
                .process(e -> processed.incrementAndGet());

        from("platform-http:" + HAND_ROLLED + "?httpMethodRestrict=POST").routeId("hand-rolled")
                .process(this::parse)
                .filter(header(Exchange.HTTP_RESPONSE_CODE).isNull())
                    .process(e -> processed.incrementAndGet())
                .end()
                .process(IngestRoutes::answer);
        from("platform-http:" + HAND_ROLLED_DEDUP + "?httpMethodRestrict=POST").routeId("hand-rolled-dedup")
                .process(this::parse)
                .filter(header(Exchange.HTTP_RESPONSE_CODE).isNull())
                    .idempotentConsumer(header("BenchEventKey"),
                            MemoryIdempotentRepository.memoryIdempotentRepository(10_000))
                        .process(e -> processed.incrementAndGet())
                    .end()
                .end()
                .process(IngestRoutes::answer);
    }

    private void parse(Exchange exchange) throws Exception {
        var in = exchange.getMessage();
        String given = in.getHeader("secret", String.class);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            in.setHeader(Exchange.HTTP_RESPONSE_CODE, given == null ? 401 : 403);
            return;
        }
        JsonNode event = mapper.readTree(in.getBody(byte[].class));
        String type = event.path("event_type").asText(null);
        String uid = event.path("message").path("message_uid").asText(null);
        if (type == null || uid == null) {
            in.setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
            return;
        }
        in.removeHeaders("*");
        in.setHeader("CamelTimelinesAiEventType", type);
        in.setHeader("CamelTimelinesAiMessageUid", uid);
        in.setHeader("CamelTimelinesAiChatId", event.path("chat").path("chat_id").asLong());
        in.setHeader("CamelTimelinesAiAccountPhone", event.path("whatsapp_account").path("phone").asText(null));
        in.setHeader("BenchEventKey", type + "|" + uid);
        in.setBody(event);
    }

    private static void answer(Exchange exchange) {
        var in = exchange.getMessage();
        Integer code = in.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        in.removeHeaders("*");
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, code == null ? 200 : code);
        in.setHeader(Exchange.CONTENT_TYPE, "application/json");
        in.setBody(code == null ? "{\"status\":\"ok\"}" : "{\"status\":\"error\"}");
    }
}
