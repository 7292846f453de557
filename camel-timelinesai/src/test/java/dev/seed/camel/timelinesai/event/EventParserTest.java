package dev.seed.camel.timelinesai.event;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing of the vendor's webhook payloads (fixtures of timelinesai-api.md §5.3) into typed events. */
class EventParserTest {

    private static TimelinesAiEvent parse(String json) {
        return EventParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void messageReceivedWithAttachment() {
        TimelinesAiEvent event = parse("""
                {"event_type":"message:received:new",
                 "chat":{"full_name":"Maria Gonzalez","chat_url":"https://app.timelines.ai/chat/48213377/messages/",
                         "chat_id":48213377,"is_group":false,"phone":"+34612345678"},
                 "whatsapp_account":{"full_name":"Lena Fischer","email":"lena@northwind.example","phone":"+4915112345678"},
                 "message":{"text":"Signed contract attached","direction":"received","origin":"WhatsApp",
                   "timestamp":"2026-09-14 16:10:02 +0200","received_timestamp":"2026-09-14 16:10:03 +0200",
                   "message_uid":"5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f","reply_to_uid":"9c8d",
                   "sender":{"full_name":"Maria Gonzalez","phone":"+34612345678"},
                   "recipient":{"full_name":"Northwind Support","phone":"+4915112345678"},
                   "attachments":[{"temporary_download_url":"https://storage.example/att?sig=xyz",
                     "filename":"contract-signed.pdf","size":482113,"mimetype":"application/pdf"}]}}""");
        assertThat(event).isInstanceOfSatisfying(MessageEvent.class, m -> {
            assertThat(m.message().attachments()).singleElement()
                    .satisfies(a -> assertThat(a.size()).isEqualTo(482113L));
            assertThat(m.message().replyToUid()).isEqualTo("9c8d");
        });
        assertThat(event.chatId()).isEqualTo(48213377L);
        assertThat(event.messageUid()).isEqualTo("5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f");
        assertThat(event.accountPhone()).isEqualTo("+4915112345678");
        assertThat(event.direction()).isEqualTo("incoming");
        assertThat(event.naturalKey()).isEqualTo("message:received:new|5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f");
    }

    @Test
    void callReactionAccountAndChatFamilies() {
        assertThat(parse("""
                {"event_type":"call:incoming:missed","chat":{"full_name":"M","chat_url":"u","chat_id":7,
                 "chat_type":"direct","platform":"whatsapp","phone":"34612345678"},
                 "whatsapp_account":{"whatsapp_account_wid":"4915112345678@s.whatsapp.net","full_name":"L",
                 "email":"l@x.example","phone":"+4915112345678"},
                 "call_details":{"duration":null,"direction":"incoming","is_video":false,"status":"Missed",
                 "timestamp":"2026-09-14 18:22:10 +0200","message_uid":"c1",
                 "caller":{"full_name":"M","phone":"+34612345678"},"recipient":{"full_name":"N","phone":"+49"}}}"""))
                .isInstanceOfSatisfying(CallEvent.class, c -> {
                    assertThat(c.callDetails().status()).isEqualTo("Missed");
                    assertThat(c.accountId()).isEqualTo("4915112345678@s.whatsapp.net");
                    assertThat(c.direction()).isEqualTo("incoming");
                });
        assertThat(parse("""
                {"event_type":"message:reaction","chat":{"full_name":"M","chat_url":"u","chat_id":7,
                 "chat_type":"direct","platform":"whatsapp","phone":"3461"},
                 "whatsapp_account":{"full_name":"L","email":"e","phone":"+49"},
                 "reaction":{"message_uid":"m1","action":"set","emoji":"❤️","timestamp":"t","reactions":{"❤️":1}}}"""))
                .isInstanceOfSatisfying(ReactionEvent.class, r -> assertThat(r.reaction().reactions())
                        .containsEntry("❤️", 1));
        assertThat(parse("""
                {"event_type":"whatsapp:account:disconnected","whatsapp_account":{"id":"49@s.whatsapp.net",
                 "phone":"+49","connected_on":"c","disconnected_on":"d","status":"disconnected",
                 "account_name":"N","owner_name":"L","owner_email":"e"}}"""))
                .isInstanceOfSatisfying(AccountEvent.class, a -> assertThat(a.accountId())
                        .isEqualTo("49@s.whatsapp.net"));
        assertThat(parse("""
                {"event_type":"chat:responsible:assigned","chat":{"id":48213377,"name":"Maria","jid":"j",
                 "labels":["vip"],"responsible_email":"omar@x.example","previous_responsible_email":"lena@x.example",
                 "whatsapp_account_id":"49@s.whatsapp.net"},
                 "whatsapp_account":{"id":"49@s.whatsapp.net","phone":"+49"}}"""))
                .isInstanceOfSatisfying(ChatEvent.class, c -> {
                    assertThat(c.chat().previousResponsibleEmail()).isEqualTo("lena@x.example");
                    assertThat(c.chatId()).isEqualTo(48213377L);
                    assertThat(c.naturalKey()).isNull();
                });
    }

    @Test
    void unknownTypeArrivesAsGenericEventWithRawJson() {
        TimelinesAiEvent event = parse("""
                {"event_type":"waba:flow:completed","template":{"id":1,"name":"welcome"}}""");
        assertThat(event).isInstanceOfSatisfying(GenericEvent.class, g -> {
            assertThat(g.eventType()).isEqualTo("waba:flow:completed");
            assertThat(g.raw().path("template").path("name").asText()).isEqualTo("welcome");
        });
    }

    @Test
    void jacksonAloneResolvesTheTypeAndRoundTrips() throws Exception {
        String json = """
                {"event_type":"some:future:event","x":1}""";
        TimelinesAiEvent generic = JsonSupport.mapper().readValue(json, TimelinesAiEvent.class);
        assertThat(generic).isInstanceOf(GenericEvent.class);
        assertThat(JsonSupport.mapper().readTree(JsonSupport.toBytes(generic)).path("x").asInt()).isEqualTo(1);

        MessageEvent message = (MessageEvent) parse("""
                {"event_type":"message:new","chat":{"chat_id":5,"full_name":"A"},
                 "message":{"message_uid":"u1","direction":"sent","text":"hi"}}""");
        JsonNode written = JsonSupport.mapper().readTree(JsonSupport.toBytes(message));
        assertThat(written.path("event_type").asText()).isEqualTo("message:new");
        assertThat(JsonSupport.mapper().treeToValue(written, TimelinesAiEvent.class)).isEqualTo(message);
    }

    @Test
    void malformedBodiesAreRefused() {
        assertThatThrownBy(() -> parse("not json")).isInstanceOf(MalformedEventException.class)
                .hasMessage("Body is not JSON");
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> parse("{\"chat\":{}}")).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("event_type");
        assertThatThrownBy(() -> parse("{\"event_type\":\"message:new\",\"message\":\"text\"}"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> parse("{\"event_type\":\"message:new\",\"chat\":{\"chat_id\":1}}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("required parts");
        assertThatThrownBy(() -> EventParser.parse(new byte[0])).isInstanceOf(MalformedEventException.class);
    }
}
