package dev.seed.camel.timelinesai.simulator.events;

import java.nio.charset.StandardCharsets;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.Seeder;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.CallSpec;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.WebhookReceiver;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Every non-WABA webhook event: a real state change reaches a receiver with a body that fits the vendor's spec. */
class WebhookEventsTest {
    private static final String CONTACT_PHONE = "+34612345678";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private WebhookReceiver receiver;
    private SimulatorState state;
    private WhatsAppAccount euAccount;

    @BeforeEach
    void subscribeToEveryEvent() {
        receiver = new WebhookReceiver();
        state = SIM.simulator().state();
        euAccount = state.accountByPhone(Seeder.ACCOUNT_PHONES.get(2)).orElseThrow();
        for (String eventType : nonWabaEvents()) {
            state.putWebhook(new WebhookSubscription(state.nextWebhookId(), eventType, receiver.url("/hook/" + eventType), true));
        }
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private static Set<String> nonWabaEvents() {
        return VendorSpecs.webhooks().eventTypes().stream().filter(t -> !t.startsWith("waba:")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The body of the (single) delivery of {@code eventType}, checked against the spec. */
    private JsonNode delivered(String eventType) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.requestsTo("/hook/" + eventType).isEmpty());
        List<WebhookReceiver.Received> requests = receiver.requestsTo("/hook/" + eventType);
        assertThat(requests).hasSize(1);
        JsonNode body = requests.get(0).json();
        assertThat(body.path("event_type").asText()).isEqualTo(eventType);
        assertThat(VendorSpecs.webhooks().check(body)).as("spec problems of %s: %s", eventType, body).isEmpty();
        return body;
    }

    private Chat newDirectChat(boolean startedByContact) {
        return state.addChat(new Chat(state.nextChatId(), SimulatorState.digits(CONTACT_PHONE) + "@s.whatsapp.net", false,
                euAccount.id(), "Maria Gonzalez", CONTACT_PHONE, state.now()), startedByContact);
    }

    @Test
    void theSpecDeclaresSixteenNonWabaEvents() {
        assertThat(nonWabaEvents()).hasSize(16);
    }

    @Test
    void aChatStartedByTheContactFiresChatNewAndChatIncomingNew() {
        Chat chat = newDirectChat(true);

        JsonNode created = delivered("chat:new");
        JsonNode incoming = delivered("chat:incoming:new");

        assertThat(created.path("chat").path("id").asLong()).isEqualTo(chat.id());
        assertThat(incoming.path("chat").path("name").asText()).isEqualTo("Maria Gonzalez");
        assertThat(incoming.path("chat").path("phone").asText()).isEqualTo(CONTACT_PHONE);
        assertThat(incoming.path("chat").path("jid").asText()).isEqualTo("34612345678@s.whatsapp.net");
        assertThat(incoming.path("chat").path("is_group").asBoolean()).isFalse();
        assertThat(incoming.path("chat").path("whatsapp_account_id").asText()).isEqualTo(euAccount.id());
        assertThat(incoming.path("chat").path("chat_url").asText()).isEqualTo("/chat/" + chat.id() + "/messages/");
        assertThat(incoming.path("whatsapp_account").path("phone").asText()).isEqualTo(euAccount.phone());
        assertThat(incoming.path("whatsapp_account").path("owner_email").asText()).isEqualTo(euAccount.ownerEmail());
        assertThat(incoming.path("whatsapp_account").path("status").asText()).isEqualTo("active");
        assertThat(receiver.requestsTo("/hook/chat:outgoing:new")).isEmpty();
    }

    @Test
    void anInboundMessageWithAnAttachmentFiresMessageNewAndMessageReceivedNew() {
        Chat chat = newDirectChat(true);
        Instant at = state.now();
        StoredFile file = new StoredFile(SimulatorState.newUid(), "contract-signed.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "carol@acme.example", at);
        Message message = state.addMessage(chat, Message.builder(SimulatorState.newUid(), chat.id(), at)
                .fromMe(false).text("Signed contract attached").sender(CONTACT_PHONE, "Maria Gonzalez")
                .recipient(euAccount.phone(), euAccount.accountName()).origin("WhatsApp").replyTo("9c8d7e6f-5a4b")
                .attachment(file).build());

        JsonNode any = delivered("message:new");
        JsonNode received = delivered("message:received:new");

        assertThat(any.path("message").path("message_uid").asText()).isEqualTo(message.uid());
        JsonNode m = received.path("message");
        assertThat(m.path("direction").asText()).isEqualTo("received");
        assertThat(m.path("text").asText()).isEqualTo("Signed contract attached");
        assertThat(m.path("origin").asText()).isEqualTo("WhatsApp");
        assertThat(m.path("reply_to_uid").asText()).isEqualTo("9c8d7e6f-5a4b");
        assertThat(m.path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
        assertThat(m.path("sender").path("phone").asText()).isEqualTo(CONTACT_PHONE);
        assertThat(m.path("recipient").path("phone").asText()).isEqualTo(euAccount.phone());
        assertThat(m.path("attachments")).hasSize(1);
        assertThat(m.path("attachments").get(0).path("filename").asText()).isEqualTo("contract-signed.pdf");
        assertThat(m.path("attachments").get(0).path("size").asLong()).isEqualTo(8);
        assertThat(m.path("attachments").get(0).path("mimetype").asText()).isEqualTo("application/pdf");
        assertThat(m.path("attachments").get(0).path("temporary_download_url").asText())
                .startsWith(SIM.simulator().rootUrl() + "/__files/");
        assertThat(received.path("chat").path("chat_id").asLong()).isEqualTo(chat.id());
        assertThat(received.path("chat").path("phone").asText()).isEqualTo(CONTACT_PHONE);
        assertThat(received.path("whatsapp_account").path("full_name").asText()).isEqualTo(euAccount.ownerName());
        assertThat(received.path("whatsapp_account").path("email").asText()).isEqualTo(euAccount.ownerEmail());
        assertThat(receiver.requestsTo("/hook/message:sent:new")).isEmpty();
    }

    @Test
    void aChatWeStartAndOurMessageFireChatOutgoingNewAndMessageSentNew() {
        Chat chat = newDirectChat(false);
        state.addMessage(chat, Message.builder(SimulatorState.newUid(), chat.id(), state.now()).fromMe(true)
                .text("Your order has shipped").sender(euAccount.phone(), euAccount.accountName())
                .recipient(CONTACT_PHONE, "Maria Gonzalez").origin("Public API").build());

        JsonNode outgoing = delivered("chat:outgoing:new");
        JsonNode sent = delivered("message:sent:new");
        delivered("chat:new");
        delivered("message:new");

        assertThat(outgoing.path("chat").path("id").asLong()).isEqualTo(chat.id());
        assertThat(sent.path("message").path("direction").asText()).isEqualTo("sent");
        assertThat(sent.path("message").path("origin").asText()).isEqualTo("Public API");
        assertThat(sent.path("message").path("attachments")).isEmpty();
        assertThat(receiver.requestsTo("/hook/chat:incoming:new")).isEmpty();
        assertThat(receiver.requestsTo("/hook/message:received:new")).isEmpty();
    }

    @Test
    void aNewGroupChatFiresOnlyChatNew() {
        state.addChat(new Chat(state.nextChatId(), "120363999999999999@g.us", true, euAccount.id(), "Suppliers",
                null, state.now()), false);

        JsonNode created = delivered("chat:new");

        assertThat(created.path("chat").path("is_group").asBoolean()).isTrue();
        assertThat(created.path("chat").path("phone").asText()).isEmpty();
        assertThat(receiver.requestsTo("/hook/chat:outgoing:new")).isEmpty();
        assertThat(receiver.requestsTo("/hook/chat:incoming:new")).isEmpty();
    }

    @Test
    void assignmentEventsCarryTheNewAndThePreviousResponsible() {
        Chat chat = state.chats().stream().filter(c -> !c.isGroup() && c.responsibleEmail() == null).findFirst().orElseThrow();
        chat.setResponsible("bob@acme.example", "Bob Admin");
        state.events().chatAssigned(chat, null, null);
        JsonNode assigned = delivered("chat:responsible:assigned");

        chat.setResponsible(null, null);
        state.events().chatUnassigned(chat, "Bob Admin", "bob@acme.example");
        JsonNode unassigned = delivered("chat:responsible:unassigned");

        assertThat(assigned.path("chat").path("responsible_email").asText()).isEqualTo("bob@acme.example");
        assertThat(assigned.path("chat").path("responsible_name").asText()).isEqualTo("Bob Admin");
        assertThat(assigned.path("chat").has("previous_responsible_email")).isFalse();
        assertThat(assigned.path("chat").path("last_message_uid").asText()).isEqualTo(chat.lastMessageUid());
        assertThat(unassigned.path("chat").has("responsible_email")).isFalse();
        assertThat(unassigned.path("chat").path("previous_responsible_name").asText()).isEqualTo("Bob Admin");
        assertThat(unassigned.path("chat").path("previous_responsible_email").asText()).isEqualTo("bob@acme.example");
    }

    @Test
    void aReactionSetAndClearedCarriesTheCountsAfterTheChange() {
        Chat chat = state.chats().stream().filter(c -> !c.isGroup()).findFirst().orElseThrow();
        Message message = state.messagesOf(chat.id()).get(0);
        message.reactions().put("+14155559999", new Message.Reaction("Other Person", "+14155559999", "❤️", false));
        message.reactions().put(chat.phone(), new Message.Reaction(chat.name(), chat.phone(), "👍", false));
        state.events().reactionChanged(chat, message, chat.name(), chat.phone(), "👍", false);
        JsonNode set = delivered("message:reaction");

        assertThat(set.path("reaction").path("action").asText()).isEqualTo("set");
        assertThat(set.path("reaction").path("emoji").asText()).isEqualTo("👍");
        assertThat(set.path("reaction").path("message_uid").asText()).isEqualTo(message.uid());
        assertThat(set.path("reaction").path("reactor").path("phone").asText()).isEqualTo(chat.phone());
        assertThat(set.path("reaction").path("reactions").path("👍").asInt()).isEqualTo(1);
        assertThat(set.path("reaction").path("reactions").path("❤️").asInt()).isEqualTo(1);
        assertThat(set.path("chat").path("phone").asText()).isEqualTo(SimulatorState.digits(chat.phone()));
        assertThat(set.path("chat").path("chat_type").asText()).isEqualTo("direct");
        assertThat(set.path("chat").path("platform").asText()).isEqualTo("whatsapp");
        WhatsAppAccount account = state.account(chat.accountId()).orElseThrow();
        assertThat(set.path("whatsapp_account").path("whatsapp_account_wid").asText()).isEqualTo(account.id());

        message.reactions().remove(chat.phone());
        state.events().reactionChanged(chat, message, chat.name(), chat.phone(), "👍", true);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.requestsTo("/hook/message:reaction").size() == 2);
        JsonNode cleared = receiver.requestsTo("/hook/message:reaction").get(1).json();

        assertThat(VendorSpecs.webhooks().check(cleared)).isEmpty();
        assertThat(cleared.path("reaction").path("action").asText()).isEqualTo("clear");
        assertThat(cleared.path("reaction").path("reactions").has("👍")).isFalse();
        assertThat(cleared.path("reaction").path("reactions").path("❤️").asInt()).isEqualTo(1);
    }

    @Test
    void aMissedIncomingCallIsStoredInTheHistoryAndFiresCallIncomingMissed() {
        SimulatorAdminClient admin = SIM.simulator().admin();
        Chat chat = state.chats().stream().filter(c -> !c.isGroup()).findFirst().orElseThrow();

        MessagingAdmin.LoggedCall call = admin.logCall(CallSpec.incoming(chat.phone(), "Missed"));
        JsonNode missed = delivered("call:incoming:missed");

        assertThat(call.chatId()).isEqualTo(chat.id());
        assertThat(call.eventType()).isEqualTo("call:incoming:missed");
        Message entry = state.message(call.messageUid()).orElseThrow();
        assertThat(entry.messageType()).isEqualTo("whatsapp_call");
        assertThat(entry.status()).isEqualTo("missed");
        JsonNode details = missed.path("call_details");
        assertThat(details.path("status").asText()).isEqualTo("Missed");
        assertThat(details.path("direction").asText()).isEqualTo("incoming");
        assertThat(details.path("duration").isNull()).isTrue();
        assertThat(details.path("message_uid").asText()).isEqualTo(call.messageUid());
        assertThat(details.path("caller").path("phone").asText()).isEqualTo(chat.phone());
        assertThat(missed.path("chat").path("phone").asText()).isEqualTo(SimulatorState.digits(chat.phone()));
        assertThat(receiver.requestsTo("/hook/message:new")).isEmpty();
    }

    @Test
    void answeredAndOutgoingCallsFireTheirEndedEvents() {
        SimulatorAdminClient admin = SIM.simulator().admin();

        admin.logCall(CallSpec.incoming(CONTACT_PHONE, "Answered").video().duration(120)
                .accountPhone(euAccount.phone()).name("Maria Gonzalez"));
        JsonNode answered = delivered("call:incoming:ended");
        admin.logCall(CallSpec.outgoing(CONTACT_PHONE, "No Answer"));
        JsonNode outgoing = delivered("call:outgoing:ended");

        assertThat(answered.path("call_details").path("duration").asInt()).isEqualTo(120);
        assertThat(answered.path("call_details").path("is_video").asBoolean()).isTrue();
        assertThat(answered.path("whatsapp_account").path("whatsapp_account_wid").asText()).isEqualTo(euAccount.id());
        assertThat(answered.path("chat").path("full_name").asText()).isEqualTo("Maria Gonzalez");
        assertThat(delivered("chat:incoming:new").path("chat").path("phone").asText()).isEqualTo(CONTACT_PHONE);
        assertThat(outgoing.path("call_details").path("status").asText()).isEqualTo("No Answer");
        assertThat(outgoing.path("call_details").path("caller").path("phone").asText()).isEqualTo(euAccount.phone());
        assertThat(outgoing.path("call_details").path("recipient").path("phone").asText()).isEqualTo(CONTACT_PHONE);
        assertThat(outgoing.path("chat").path("chat_id").asLong()).isEqualTo(answered.path("chat").path("chat_id").asLong());
    }

    @Test
    void aCallStatusThatDoesNotFitItsDirectionIsRefused() {
        SimulatorAdminClient admin = SIM.simulator().admin();

        assertThatThrownBy(() -> admin.logCall(CallSpec.outgoing(CONTACT_PHONE, "Missed")))
                .isInstanceOfSatisfying(SimulatorAdminClient.AdminException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("Ended, No Answer, Rejected");
                });
        assertThatThrownBy(() -> admin.logCall(CallSpec.incoming(CONTACT_PHONE, "Ended")))
                .isInstanceOf(SimulatorAdminClient.AdminException.class);
    }

    @Test
    void accountStatusChangesFireTheFourAccountEvents() {
        SimulatorAdminClient admin = SIM.simulator().admin();
        String phone = euAccount.phone();

        assertThat(admin.setAccountStatus(phone, "suspended").status()).isEqualTo("suspended");
        JsonNode suspended = delivered("whatsapp:account:suspended");
        assertThat(admin.setAccountStatus(phone, "resumed").status()).isEqualTo("active");
        JsonNode resumed = delivered("whatsapp:account:resumed");
        assertThat(admin.setAccountStatus(phone, "disconnected").status()).isEqualTo("disconnected");
        JsonNode disconnected = delivered("whatsapp:account:disconnected");
        assertThat(admin.setAccountStatus(phone, "connected").status()).isEqualTo("active");
        JsonNode connected = delivered("whatsapp:account:connected");

        assertThat(suspended.path("whatsapp_account").path("status").asText()).isEqualTo("suspended");
        assertThat(suspended.path("whatsapp_account").path("id").asText()).isEqualTo(euAccount.id());
        assertThat(resumed.path("whatsapp_account").path("status").asText()).isEqualTo("active");
        assertThat(disconnected.path("whatsapp_account").path("status").asText()).isEqualTo("disconnected");
        assertThat(disconnected.path("whatsapp_account").has("disconnected_on")).isTrue();
        assertThat(connected.path("whatsapp_account").path("status").asText()).isEqualTo("active");
        assertThat(connected.path("whatsapp_account").has("disconnected_on")).isFalse();
        assertThat(connected.path("whatsapp_account").path("owner_name").asText()).isEqualTo(euAccount.ownerName());
    }

    @Test
    void everyNonWabaEventTypeReachesItsSubscriber() {
        SimulatorAdminClient admin = SIM.simulator().admin();
        Chat chat = newDirectChat(true);
        state.addMessage(chat, Message.builder(SimulatorState.newUid(), chat.id(), state.now()).fromMe(false)
                .text("hi").sender(CONTACT_PHONE, "Maria Gonzalez").recipient(euAccount.phone(), euAccount.accountName())
                .origin("WhatsApp").build());
        Chat ours = state.addChat(new Chat(state.nextChatId(), "4930123456@s.whatsapp.net", false, euAccount.id(),
                "Berlin Office", "+4930123456", state.now()), false);
        Message sent = state.addMessage(ours, Message.builder(SimulatorState.newUid(), ours.id(), state.now()).fromMe(true)
                .text("hello").sender(euAccount.phone(), euAccount.accountName()).recipient("+4930123456", "Berlin Office")
                .build());
        chat.setResponsible("carol@acme.example", "Carol Agent");
        state.events().chatAssigned(chat, null, null);
        chat.setResponsible(null, null);
        state.events().chatUnassigned(chat, "Carol Agent", "carol@acme.example");
        sent.reactions().put("+4930123456", new Message.Reaction("Berlin Office", "+4930123456", "🎉", false));
        state.events().reactionChanged(ours, sent, "Berlin Office", "+4930123456", "🎉", false);
        admin.logCall(CallSpec.incoming(CONTACT_PHONE, "Missed"));
        admin.logCall(CallSpec.incoming(CONTACT_PHONE, "Rejected"));
        admin.logCall(CallSpec.outgoing(CONTACT_PHONE, "Ended").duration(30));
        for (String status : List.of("disconnected", "connected", "suspended", "resumed")) {
            admin.setAccountStatus(euAccount.phone(), status);
        }

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(receivedEventTypes()).isEqualTo(nonWabaEvents()));
        assertThat(receiver.requests()).allSatisfy(r -> {
            assertThat(r.path()).isEqualTo("/hook/" + r.eventType());
            assertThat(VendorSpecs.webhooks().check(r.json())).isEmpty();
        });
    }

    private Set<String> receivedEventTypes() {
        return receiver.requests().stream().map(WebhookReceiver.Received::eventType)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
