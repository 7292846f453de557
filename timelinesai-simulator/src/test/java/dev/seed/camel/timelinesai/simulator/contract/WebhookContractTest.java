package dev.seed.camel.timelinesai.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook contract accepts the reference's fixture deliveries and reports what breaks the spec. */
class WebhookContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String RECEIVED = """
            {"event_type":"message:received:new",
             "chat":{"full_name":"Maria Gonzalez","chat_url":"https://app.timelines.ai/chat/48213377/messages/",
                     "chat_id":48213377,"is_group":false,"phone":"+34612345678",
                     "responsible_name":"Lena Fischer","responsible_email":"lena.fischer@northwind.example"},
             "whatsapp_account":{"full_name":"Lena Fischer","email":"lena.fischer@northwind.example","phone":"+4915112345678"},
             "message":{"text":"Signed contract attached","direction":"received","origin":"WhatsApp",
                        "timestamp":"2026-09-14 16:10:02 +0200","received_timestamp":"2026-09-14 16:10:03 +0200",
                        "message_uid":"5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f",
                        "sender":{"full_name":"Maria Gonzalez","phone":"+34612345678"},
                        "recipient":{"full_name":"Northwind Support","phone":"+4915112345678"},
                        "attachments":[{"temporary_download_url":"https://storage.example/att/5f6e7d8c?sig=xyz",
                                        "filename":"contract-signed.pdf","size":482113,"mimetype":"application/pdf"}]}}
            """;

    private static final String MISSED_CALL = """
            {"event_type":"call:incoming:missed",
             "chat":{"full_name":"Maria Gonzalez","chat_url":"https://app.timelines.ai/chat/48213377/messages/",
                     "chat_id":48213377,"chat_type":"direct","platform":"whatsapp","phone":"34612345678"},
             "whatsapp_account":{"whatsapp_account_wid":"4915112345678@s.whatsapp.net","full_name":"Lena Fischer",
                                 "email":"lena.fischer@northwind.example","phone":"+4915112345678"},
             "call_details":{"duration":null,"direction":"incoming","is_video":false,"status":"Missed",
                             "timestamp":"2026-09-14 18:22:10 +0200","message_uid":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                             "caller":{"full_name":"Maria Gonzalez","phone":"+34612345678"},
                             "recipient":{"full_name":"Northwind Support","phone":"+4915112345678"}}}
            """;

    private static final String REACTION = """
            {"event_type":"message:reaction",
             "chat":{"full_name":"Maria Gonzalez","chat_url":"https://app.timelines.ai/chat/48213377/messages/",
                     "chat_id":48213377,"chat_type":"direct","platform":"whatsapp","phone":"34612345678"},
             "whatsapp_account":{"full_name":"Lena Fischer","email":"lena.fischer@northwind.example",
                                 "phone":"+4915112345678","whatsapp_account_wid":"4915112345678@s.whatsapp.net"},
             "reaction":{"message_uid":"9c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f","action":"set","emoji":"❤️",
                         "reactor":{"full_name":"Maria Gonzalez","phone":"+34612345678"},
                         "timestamp":"2026-09-14 16:06:30 +0200","reactions":{"❤️":1}}}
            """;

    private static final String DISCONNECTED = """
            {"event_type":"whatsapp:account:disconnected",
             "whatsapp_account":{"id":"4915112345678@s.whatsapp.net","phone":"+4915112345678",
                                 "connected_on":"2026-02-20 08:31:09 +0100","disconnected_on":"2026-09-15 07:45:00 +0200",
                                 "status":"disconnected","account_name":"Northwind Support","owner_name":"Lena Fischer",
                                 "owner_email":"lena.fischer@northwind.example"}}
            """;

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mapsEveryEventTypeToItsPayloadFamily() {
        assertThat(VendorSpecs.webhooks().eventTypes()).hasSize(32);
        assertThat(VendorSpecs.webhooks().familyOf("message:sent:new")).isEqualTo("MessageData");
        assertThat(VendorSpecs.webhooks().familyOf("chat:responsible:unassigned")).isEqualTo("ChatData");
        assertThat(VendorSpecs.webhooks().familyOf("whatsapp:account:resumed")).isEqualTo("AccountData");
        assertThat(VendorSpecs.webhooks().familyOf("call:outgoing:ended")).isEqualTo("CallData");
        assertThat(VendorSpecs.webhooks().familyOf("message:reaction")).isEqualTo("ReactionData");
        assertThat(VendorSpecs.webhooks().familyOf("chat:created")).isNull();
    }

    @Test
    void acceptsTheReferenceFixtures() {
        assertThat(VendorSpecs.webhooks().check(json(RECEIVED))).isEmpty();
        assertThat(VendorSpecs.webhooks().check(json(MISSED_CALL))).isEmpty();
        assertThat(VendorSpecs.webhooks().check(json(REACTION))).isEmpty();
        assertThat(VendorSpecs.webhooks().check(json(DISCONNECTED))).isEmpty();
    }

    @Test
    void reportsAMissingRequiredBlockAndWrongTypes() {
        ObjectNode noMessage = json(RECEIVED);
        noMessage.remove("message");
        ObjectNode stringChatId = json(RECEIVED);
        ((ObjectNode) stringChatId.get("chat")).put("chat_id", "48213377");

        assertThat(VendorSpecs.webhooks().check(noMessage)).anyMatch(p -> p.contains("message"));
        assertThat(VendorSpecs.webhooks().check(stringChatId)).anyMatch(p -> p.contains("chat_id"));
    }

    @Test
    void reportsValuesOutsideTheSpecsEnumsAndNestedRefs() {
        ObjectNode groupless = json(MISSED_CALL);
        ((ObjectNode) groupless.get("chat")).put("chat_type", "private");
        ObjectNode badStatus = json(MISSED_CALL);
        ((ObjectNode) badStatus.get("call_details")).put("status", "missed");
        ObjectNode badCount = json(REACTION);
        ((ObjectNode) badCount.get("reaction").get("reactions")).put("❤️", "one");
        ObjectNode noWid = json(REACTION);
        ((ObjectNode) noWid.get("whatsapp_account")).remove("whatsapp_account_wid");
        ObjectNode noCaller = json(MISSED_CALL);
        ((ObjectNode) noCaller.get("call_details").get("caller")).remove("full_name");

        assertThat(VendorSpecs.webhooks().check(groupless)).anyMatch(p -> p.contains("chat_type"));
        assertThat(VendorSpecs.webhooks().check(badStatus)).anyMatch(p -> p.contains("status"));
        assertThat(VendorSpecs.webhooks().check(badCount)).isNotEmpty();
        assertThat(VendorSpecs.webhooks().check(noWid)).anyMatch(p -> p.contains("whatsapp_account_wid"));
        assertThat(VendorSpecs.webhooks().check(noCaller)).anyMatch(p -> p.contains("full_name"));
    }

    @Test
    void anUnknownOrMissingEventTypeIsAProblem() {
        JsonNode oldName = json(RECEIVED).put("event_type", "chat:created");

        assertThat(VendorSpecs.webhooks().check(oldName)).singleElement().asString().contains("chat:created");
        assertThat(VendorSpecs.webhooks().check(MAPPER.createObjectNode())).singleElement().asString().contains("event_type");
    }
}
