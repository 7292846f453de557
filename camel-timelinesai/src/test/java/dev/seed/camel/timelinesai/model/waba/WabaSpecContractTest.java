package dev.seed.camel.timelinesai.model.waba;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every WABA request body, as the records write it, fits the vendor's request schema; the response fixtures the
 * other tests read fit the response schemas. Skipped when the spec folder is absent.
 */
class WabaSpecContractTest {
    private static final WabaOutboundTemplate ORDER_UPDATE = WabaOutboundTemplate.positional("order_update", "en_US",
            List.of("A-1027"), List.of("Dana", "A-1027"));

    @Test
    void everySendShapeFitsBothSendOperations() {
        List<WabaOutgoingMessage> intoChat = List.of(
                WabaOutgoingMessage.text("Hello 👋"),
                WabaOutgoingMessage.file("f-81c2"),
                WabaOutgoingMessage.file("f-81c2", "Your invoice"),
                WabaOutgoingMessage.template(ORDER_UPDATE),
                WabaOutgoingMessage.template(WabaOutboundTemplate.of("hello_world", "en_US")),
                WabaOutgoingMessage.template(WabaOutboundTemplate.named("welcome_offer", "en", null,
                        Map.of("first_name", "Dana"))));
        for (WabaOutgoingMessage m : intoChat) {
            assertThat(WabaSpec.checkRequest("POST", "/waba/chats/90155/messages", m)).as(m.toString()).isEmpty();
            WabaOutgoingMessage toPhone = m.toPhone(4021, "+15551230000");
            assertThat(WabaSpec.checkRequest("POST", "/waba/messages", toPhone)).as(toPhone.toString()).isEmpty();
        }
    }

    @Test
    void chatUpdatesFitTheClosedSchema() {
        List<WabaChatUpdate> updates = List.of(WabaChatUpdate.rename("Maria G."), WabaChatUpdate.assign("omar@x.example"),
                WabaChatUpdate.unassign(), WabaChatUpdate.closed(true), WabaChatUpdate.read(false),
                new WabaChatUpdate("Maria", "lena@x.example", false, true));
        for (WabaChatUpdate u : updates) {
            assertThat(WabaSpec.checkRequest("PATCH", "/waba/chats/90155", u)).as(u.toString()).isEmpty();
        }
    }

    @Test
    void analyticsAndReactionRequests() {
        Instant end = Instant.parse("2026-09-14T00:00:00Z");
        for (WabaAnalyticsRequest r : List.of(WabaAnalyticsRequest.of(end.minusSeconds(86_400 * 30), end),
                WabaAnalyticsRequest.of(end.minusSeconds(3600), end, WabaAnalyticsDimension.values()))) {
            assertThat(WabaSpec.checkRequest("POST", "/waba/accounts/4021/analytics", r)).as(r.toString()).isEmpty();
        }
        for (WabaReaction r : List.of(WabaReaction.set("👍"), WabaReaction.clear())) {
            assertThat(WabaSpec.checkRequest("PATCH", "/waba/messages/77aa88bb-99cc-4dd0-8ee1-22ff33aa44bb/reactions",
                    r)).as(r.toString()).isEmpty();
        }
    }

    @Test
    void theCheckRefusesWhatTheSpecRefuses() {
        assertThat(WabaSpec.checkRawRequest("PATCH", "/waba/chats/90155", "{\"name\":\"x\",\"labels\":[\"a\"]}"))
                .as("WabaChatDetails allows no other field").isNotEmpty();
        assertThat(WabaSpec.checkRawRequest("POST", "/waba/accounts/4021/analytics", "{\"start\":1}"))
                .as("end is required").isNotEmpty();
        assertThat(WabaSpec.checkRawRequest("POST", "/waba/messages", "{\"template\":{\"name\":\"t\"}}"))
                .as("a template needs its language").isNotEmpty();
    }

    @Test
    void responseFixturesFitTheSpec() {
        Map<String, String[]> fixtures = Map.ofEntries(
                Map.entry("accounts.json", new String[] { "GET", "/waba/accounts", "200" }),
                Map.entry("account-4021.json", new String[] { "GET", "/waba/accounts/4021", "200" }),
                Map.entry("chats.json", new String[] { "GET", "/waba/chats", "200" }),
                Map.entry("message-failed.json", new String[] { "GET", "/waba/messages/77aa88bb", "200" }),
                Map.entry("status-history.json", new String[] { "GET", "/waba/messages/77aa88bb/status_history", "200" }),
                Map.entry("templates.json", new String[] { "GET", "/waba/templates", "200" }),
                Map.entry("template-501.json", new String[] { "GET", "/waba/templates/501", "200" }),
                Map.entry("template-502.json", new String[] { "GET", "/waba/templates/502", "200" }),
                Map.entry("analytics-pending.json", new String[] { "POST", "/waba/accounts/4021/analytics", "202" }),
                Map.entry("analytics-ready.json", new String[] { "GET", "/waba/accounts/4021/analytics/3fa0", "200" }),
                Map.entry("analytics-error.json", new String[] { "GET", "/waba/accounts/4021/analytics/9b1c", "200" }));
        fixtures.forEach((file, op) -> assertThat(WabaSpec.checkResponse(op[0], op[1], Integer.parseInt(op[2]),
                WabaSpec.fixture(file))).as(file).isEmpty());
        assertThat(WabaSpec.checkResponse("GET", "/waba/accounts/4021", 200,
                "{\"status\":\"ok\",\"data\":{\"id\":\"not a number\"}}")).as("the check can fail").isNotEmpty();
    }
}
