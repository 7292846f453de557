package dev.seed.camel.timelinesai.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * The send a user would write without the component: a route with camel-http and camel-jackson that posts
 * {@code {"text": body}} to {@code /chats/{id}/messages} with the bearer token and reads the message uid from
 * the answer. It runs on the caller's thread (camel-http is synchronous), through an HTTP component whose pool
 * has the same size as the hand-written client's.
 */
final class CamelHttpSendRoute extends RouteBuilder {
    static final String ENDPOINT = "direct:camelHttpSend";

    /** The request a user would marshal. */
    record SendText(String text) {
    }

    private final String target;
    private final String token;

    private CamelHttpSendRoute(String target, String token) {
        this.target = target;
        this.token = token;
    }

    /** Configures {@code http} with a pool of {@code pool} connections and adds the route to {@code camel}. */
    static void addTo(CamelContext camel, String baseUrl, long chatId, String token, int pool) throws Exception {
        HttpComponent http = new HttpComponent();
        http.setMaxTotalConnections(pool);
        http.setConnectionsPerRoute(pool);
        camel.addComponent("http", http);
        camel.addRoutes(new CamelHttpSendRoute(baseUrl + "/chats/" + chatId + "/messages", token));
    }

    @Override
    public void configure() {
        JacksonDataFormat answer = new JacksonDataFormat(JsonNode.class);
        from(ENDPOINT).routeId("camel-http-send")
                .setBody(exchange -> new SendText(exchange.getMessage().getBody(String.class)))
                .marshal().json()
                .setHeader("Authorization", constant("Bearer " + token))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .setHeader("Accept", constant("application/json"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .to(target)
                .unmarshal(answer)
                .setBody(exchange -> messageUid(exchange.getMessage().getBody(JsonNode.class), exchange));
    }

    private static String messageUid(JsonNode answer, Exchange exchange) {
        String uid = answer.path("data").path("message_uid").asText(null);
        if (!"ok".equals(answer.path("status").asText()) || uid == null) {
            throw new CamelExecutionException("no message_uid in " + answer, exchange);
        }
        return uid;
    }
}
