package dev.seed.camel.timelinesai.event.waba;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.event.EventParser;
import dev.seed.camel.timelinesai.event.EventTypes;
import dev.seed.camel.timelinesai.event.MalformedEventException;
import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.waba.WabaSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 16 {@code waba:*} payloads (fixture {@code waba/webhook-events.json}; the {@code waba:message:failed} one
 * is the API reference's) read into the four typed families, with the keys the consumer deduplicates on.
 */
class WabaEventDataTest {
    private static final Map<String, JsonNode> FIXTURES = new HashMap<>();
    private static final ObjectMapper MAPPER = JsonSupport.mapper();

    @BeforeAll
    static void load() throws Exception {
        for (JsonNode payload : MAPPER.readTree(WabaSpec.fixture("webhook-events.json"))) {
            FIXTURES.put(payload.path("event_type").asText(), payload);
        }
    }

    private static TimelinesAiEvent read(String eventType) throws Exception {
        return MAPPER.treeToValue(FIXTURES.get(eventType), WabaEventTypes.payloadType(eventType));
    }

    @Test
    void sixteenTypesInFourFamilies() {
        assertThat(WabaEventTypes.ALL).hasSize(16).doesNotHaveDuplicates().allMatch(t -> t.startsWith("waba:"))
                .doesNotContainAnyElementsOf(EventTypes.ALL);
        List<String> families = new ArrayList<>(WabaEventTypes.MESSAGE_EVENTS);
        families.addAll(WabaEventTypes.CHAT_EVENTS);
        families.addAll(WabaEventTypes.ACCOUNT_EVENTS);
        families.addAll(WabaEventTypes.TEMPLATE_EVENTS);
        assertThat(families).containsExactlyElementsOf(WabaEventTypes.ALL);
        assertThat(FIXTURES.keySet()).containsExactlyInAnyOrderElementsOf(WabaEventTypes.ALL);
        assertThat(WabaEventTypes.isWaba("waba:chat:closed")).isTrue();
        assertThat(WabaEventTypes.isWaba(EventTypes.MESSAGE_NEW)).isFalse();
        assertThat(WabaEventTypes.payloadType(null)).isNull();
    }

    @Test
    void theSpecDeclaresTheSameTypesAndFamilies() {
        var contract = WabaSpec.webhooks();
        Set<String> specWaba = new HashSet<>();
        contract.eventTypes().stream().filter(t -> t.startsWith("waba:")).forEach(specWaba::add);
        assertThat(specWaba).containsExactlyInAnyOrderElementsOf(WabaEventTypes.ALL);
        for (String type : WabaEventTypes.ALL) {
            assertThat(WabaEventTypes.payloadType(type).getSimpleName()).as(type).isEqualTo(contract.familyOf(type));
        }
    }

    @Test
    void fixturesFitTheWebhookSpec() {
        var contract = WabaSpec.webhooks();
        // The spec describes these as "null when ..." / "null/absent" yet types them as non-nullable: the one
        // contradiction the fixtures (the reference's waba:message:failed among them) keep.
        Map<String, List<String>> nullsTheSpecDescribes = Map.of(
                WabaEventTypes.MESSAGE_FAILED, List.of("$.chat.service_window_expires_at: null found, string expected"),
                WabaEventTypes.CHAT_UNASSIGNED, List.of("$.responsible: null found, object expected"));
        for (String type : WabaEventTypes.ALL) {
            assertThat(contract.check(FIXTURES.get(type))).as(type)
                    .containsExactlyElementsOf(nullsTheSpecDescribes.getOrDefault(type, List.of()));
        }
        JsonNode broken = FIXTURES.get(WabaEventTypes.MESSAGE_DELIVERED).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("message")).remove("message_uid");
        assertThat(contract.check(broken)).as("the check can fail").isNotEmpty();
    }

    @Test
    void messageEventsKeyedByTypeAndUid() throws Exception {
        TimelinesAiEvent failed = read(WabaEventTypes.MESSAGE_FAILED);
        assertThat(failed).isInstanceOfSatisfying(WabaMessageData.class, m -> {
            assertThat(m.message().failureReason().code()).isEqualTo("131047");
            assertThat(m.message().failureReason().details()).startsWith("More than 24 hours");
            assertThat(m.chat().serviceWindowIsOpen()).isFalse();
            assertThat(m.chat().serviceWindowExpiresAt()).isNull();
            assertThat(m.account().accountName()).isEqualTo("Northwind Cloud");
        });
        assertThat(failed.chatId()).isEqualTo(90155L);
        assertThat(failed.messageUid()).isEqualTo("77aa88bb-99cc-4dd0-8ee1-22ff33aa44bb");
        assertThat(((WabaEvent) failed).wabaAccountId()).isEqualTo(4021L);
        assertThat(failed.accountId()).as("the JID header stays for WhatsApp (QR) accounts").isNull();
        assertThat(failed.accountPhone()).isEqualTo("+15550101234");
        assertThat(failed.direction()).isEqualTo("outgoing");
        assertThat(failed.naturalKey()).isEqualTo("waba:message:failed|77aa88bb-99cc-4dd0-8ee1-22ff33aa44bb");
        assertThat(failed.isComplete()).isTrue();

        TimelinesAiEvent received = read(WabaEventTypes.MESSAGE_RECEIVED);
        assertThat(received.direction()).isEqualTo("incoming");
        assertThat(((WabaMessageData) received).message().attachments()).singleElement()
                .satisfies(a -> assertThat(a.size()).isEqualTo(48211L));
        assertThat(((WabaMessageData) received).message().sender().phone()).isEqualTo("+34612345678");

        WabaMessageData delivered = (WabaMessageData) read(WabaEventTypes.MESSAGE_DELIVERED);
        WabaMessageData read = (WabaMessageData) read(WabaEventTypes.MESSAGE_READ);
        assertThat(delivered.message().template().id()).isEqualTo(501L);
        assertThat(read.message().template().id()).as("id only when resolved").isNull();
        assertThat(read.accountPhone()).isNull();
        assertThat(delivered.messageUid()).isEqualTo(read.messageUid());
        assertThat(delivered.naturalKey()).as("delivered and read of one message are two events")
                .isNotEqualTo(read.naturalKey());
        assertThat(read(WabaEventTypes.MESSAGE_DELIVERED).naturalKey()).as("a redelivery has the same key")
                .isEqualTo(delivered.naturalKey());
    }

    @Test
    void chatEvents() throws Exception {
        TimelinesAiEvent incoming = read(WabaEventTypes.CHAT_INCOMING);
        assertThat(incoming.chatId()).isEqualTo(90157L);
        assertThat(incoming.direction()).isEqualTo("incoming");
        assertThat(incoming.naturalKey()).isEqualTo("waba:chat:incoming|90157");
        assertThat(((WabaEvent) incoming).wabaAccountId()).isEqualTo(4021L);
        assertThat(read(WabaEventTypes.CHAT_OUTGOING).direction()).isEqualTo("outgoing");
        assertThat(read(WabaEventTypes.CHAT_ASSIGNED)).isInstanceOfSatisfying(WabaChatData.class,
                c -> assertThat(c.responsible().email()).isEqualTo("omar.haddad@northwind.example"));
        for (String repeatable : List.of(WabaEventTypes.CHAT_ASSIGNED, WabaEventTypes.CHAT_UNASSIGNED,
                WabaEventTypes.CHAT_CLOSED, WabaEventTypes.CHAT_REOPENED)) {
            TimelinesAiEvent e = read(repeatable);
            assertThat(e.naturalKey()).as(repeatable + " can repeat: left to the digest").isNull();
            assertThat(e.direction()).isNull();
            assertThat(e.isComplete()).isTrue();
            assertThat(e.chatId()).isEqualTo(90155L);
        }
        assertThat(((WabaChatData) read(WabaEventTypes.CHAT_UNASSIGNED)).responsible()).isNull();
        WabaChatData noAccount = MAPPER.readValue("{\"event_type\":\"waba:chat:closed\",\"chat\":{\"id\":5,"
                + "\"waba_account_id\":4022}}", WabaChatData.class);
        assertThat(noAccount.wabaAccountId()).as("from the chat when the account block is missing").isEqualTo(4022L);
    }

    @Test
    void accountAndTemplateEvents() throws Exception {
        TimelinesAiEvent removed = read(WabaEventTypes.ACCOUNT_DISCONNECTED);
        assertThat(removed).isInstanceOfSatisfying(WabaAccountData.class,
                a -> assertThat(a.account().state()).isEqualTo("removed"));
        assertThat(((WabaEvent) removed).wabaAccountId()).isEqualTo(4022L);
        assertThat(removed.accountId()).isNull();
        assertThat(removed.accountPhone()).isEqualTo("+1 555 010 1235");
        assertThat(removed.chatId()).isNull();
        assertThat(removed.naturalKey()).isNull();
        assertThat(read(WabaEventTypes.ACCOUNT_DISABLED).accountPhone()).isNull();

        TimelinesAiEvent disabled = read(WabaEventTypes.TEMPLATE_DISABLED);
        assertThat(disabled).isInstanceOfSatisfying(WabaTemplateData.class, t -> {
            assertThat(t.templateId()).isEqualTo(502L);
            assertThat(t.template().status()).isEqualTo("PENDING_DELETION");
            assertThat(t.template().accounts()).containsExactly(4021L);
        });
        assertThat(disabled.isComplete()).isTrue();
        assertThat(((WabaTemplateData) read(WabaEventTypes.TEMPLATE_REJECTED)).template().parameterFormat()).isNull();
    }

    @Test
    void payloadsWithoutTheirIdentifyingPartsAreIncomplete() throws Exception {
        assertThat(MAPPER.readValue("{\"event_type\":\"waba:message:read\",\"chat\":{\"id\":1},\"message\":{}}",
                WabaMessageData.class).isComplete()).isFalse();
        assertThat(MAPPER.readValue("{\"event_type\":\"waba:message:read\",\"message\":{\"message_uid\":\"u\"}}",
                WabaMessageData.class).isComplete()).isFalse();
        assertThat(MAPPER.readValue("{\"event_type\":\"waba:chat:closed\",\"chat\":{}}", WabaChatData.class)
                .isComplete()).isFalse();
        assertThat(MAPPER.readValue("{\"event_type\":\"waba:account:active\"}", WabaAccountData.class).isComplete())
                .isFalse();
        assertThat(MAPPER.readValue("{\"event_type\":\"waba:template:approved\",\"template\":{\"name\":\"t\"}}",
                WabaTemplateData.class).isComplete()).isFalse();
    }

    @Test
    void theEventParserAndJacksonReadEachTypeIntoItsRecord() throws Exception {
        for (String type : WabaEventTypes.ALL) {
            TimelinesAiEvent event = EventParser.parse(MAPPER.writeValueAsBytes(FIXTURES.get(type)));
            assertThat(event).as(type).isInstanceOf(WabaEventTypes.payloadType(type)).isInstanceOf(WabaEvent.class);
            assertThat(event.eventType()).isEqualTo(type);
            assertThat(event.isComplete()).as(type).isTrue();
            JsonNode written = MAPPER.readTree(MAPPER.writeValueAsBytes(event));
            assertThat(written.path("event_type").asText()).as(type + " writes its type back").isEqualTo(type);
            assertThat(written.has("waba_account_id") || written.has("wabaAccountId")).as(type).isFalse();
            assertThat(MAPPER.treeToValue(written, TimelinesAiEvent.class)).as(type + " round trip").isEqualTo(event);
        }
    }

    @Test
    void aWabaPayloadWithoutItsIdentifyingPartsIsMalformed() {
        assertThatThrownBy(() -> EventParser.parse("{\"event_type\":\"waba:message:read\",\"chat\":{\"id\":1}}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedEventException.class)
                .hasMessage("Body lacks the required parts of a waba:message:read event");
    }
}
