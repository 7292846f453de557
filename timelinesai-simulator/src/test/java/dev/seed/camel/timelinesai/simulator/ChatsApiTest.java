package dev.seed.camel.timelinesai.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class ChatsApiTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private ApiClient api;
    private RecordingEvents events;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
        events = new RecordingEvents();
        sim.state().setEvents(events);
    }

    private List<String> names(String query) {
        ApiClient.Result r = api.get("/chats" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.data().get("chats").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void listsAllChatsInPagesOfFiftyOrderedByLatestMessage() {
        ApiClient.Result page1 = api.get("/chats");
        ApiClient.Result page2 = api.get("/chats?page=2");
        ApiClient.Result page3 = api.get("/chats?page=3");

        assertThat(page1.data().get("chats")).hasSize(50);
        assertThat(page1.data().get("has_more_pages").asBoolean()).isTrue();
        assertThat(page2.data().get("chats")).hasSize(11);
        assertThat(page2.data().get("has_more_pages").asBoolean()).isFalse();
        assertThat(page3.data().get("chats")).isEmpty();
        assertThat(page3.data().get("has_more_pages").asBoolean()).isFalse();
        // the group had the latest message, then Customer 060 down to Customer 001
        assertThat(page1.data().get("chats").get(0).get("name").asText()).isEqualTo("Acme Partners");
        assertThat(page1.data().get("chats").get(1).get("name").asText()).isEqualTo("Customer 060");
        assertThat(page1.data().get("chats").get(49).get("name").asText()).isEqualTo("Customer 012");
        assertThat(page2.data().get("chats").get(10).get("name").asText()).isEqualTo("Customer 001");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void ordersByNameWhenLastMessagesTie() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        sim.state().chats().stream().filter(c -> !c.isGroup()).forEach(c -> c.setLastMessage(c.lastMessageUid(), at));

        List<String> names = names("?group=false");

        assertThat(names.get(0)).isEqualTo("Customer 001");
        assertThat(names.get(1)).isEqualTo("Customer 002");
    }

    @Test
    void rendersTheChatInfoShape() {
        Chat chat = Seeded.customer(sim, 60);
        JsonNode info = api.get("/chats/" + chat.id()).data();

        assertThat(info.get("id").asLong()).isEqualTo(chat.id());
        assertThat(info.get("phone").asText()).isEqualTo("+14155552060");
        assertThat(info.get("jid").asText()).isEqualTo("14155552060@s.whatsapp.net");
        assertThat(info.get("is_group").asBoolean()).isFalse();
        assertThat(info.get("closed").asBoolean()).isTrue();
        assertThat(info.get("read").asBoolean()).isFalse();
        assertThat(info.get("labels")).extracting(JsonNode::asText).containsExactly("vip");
        assertThat(info.get("responsible_email").asText()).isEqualTo("alice@acme.example");
        assertThat(info.get("responsible_name").asText()).isEqualTo("Alice Owner");
        assertThat(info.get("whatsapp_account_id").asText()).isEqualTo("14155550100@s.whatsapp.net");
        assertThat(info.get("chat_url").asText()).isEqualTo("/chat/" + chat.id() + "/messages/");
        assertThat(info.get("created_timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
        assertThat(info.get("last_message_uid").asText()).isEqualTo(chat.lastMessageUid());
        assertThat(info.get("is_allowed_to_message").asBoolean()).isTrue();
        assertThat(info.has("last_message")).isFalse();
        assertThat(info.has("group_members")).isFalse();
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void rendersGroupMembersAndLeavesOutUnsetFields() {
        JsonNode group = api.get("/chats/" + Seeder.GROUP_CHAT_ID).data();

        assertThat(group.get("is_group").asBoolean()).isTrue();
        assertThat(group.has("phone")).isFalse();
        assertThat(group.has("responsible_email")).isFalse();
        assertThat(group.get("group_members")).hasSize(2);
        assertThat(group.get("group_members").get(0).get("phone").asText()).isEqualTo("+14155552001");
        assertThat(group.get("group_members").get(1).has("chat_id")).isFalse();
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void unknownChatIs404WithTheApiMessage() {
        ApiClient.Result r = api.get("/chats/99999999");
        ApiClient.Result text = api.get("/chats/abc");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("message").asText()).isEqualTo("Whatsapp chat_id \"99999999\" not found");
        assertThat(r.json().get("error_code").asText()).isEqualTo("not_found");
        assertThat(text.status()).isEqualTo(404);
        assertThat(text.json().get("message").asText()).isEqualTo("Whatsapp chat_id \"abc\" not found");
    }

    @Test
    void trailingSlashIsTheHtml404() {
        ApiClient.Result r = api.get("/chats/");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("<html>");
    }

    @Test
    void filtersByLabelsCaseInsensitively() {
        assertThat(names("?label=vip")).hasSize(12).allMatch(n -> Integer.parseInt(n.substring(9)) % 5 == 0);
        assertThat(names("?label=VIP,lead")).hasSize(19);
        assertThat(names("?label=nothing")).isEmpty();
    }

    @Test
    void filtersByWhatsAppAccount() {
        List<String> support = names("?whatsapp_account_id=" + enc("14155550101@s.whatsapp.net"));
        List<String> two = names("?whatsapp_account_id="
                + enc("14155550101@s.whatsapp.net,4915112345678@s.whatsapp.net") + "&page=1");

        assertThat(support).hasSize(21).contains("Acme Partners", "Customer 001").doesNotContain("Customer 003");
        assertThat(two).hasSize(41);
    }

    @Test
    void filtersByGroup() {
        assertThat(names("?group=true")).containsExactly("Acme Partners");
        assertThat(names("?group=false")).hasSize(50).doesNotContain("Acme Partners");
    }

    @Test
    void filtersByResponsibleEmails() {
        assertThat(names("?responsible=alice@acme.example"))
                .containsExactly("Customer 060", "Customer 048", "Customer 036", "Customer 024", "Customer 012");
        assertThat(names("?responsible=" + enc("ALICE@acme.example,bob@acme.example"))).hasSize(10);
    }

    @Test
    void filtersByNameSubstringsWithSpacesKept() {
        assertThat(names("?name=" + enc("customer 00"))).hasSize(9);
        assertThat(names("?name=" + enc("partners,Customer 060"))).containsExactly("Acme Partners", "Customer 060");
        assertThat(names("?name=" + enc("00 customer"))).isEmpty();
    }

    @Test
    void filtersByPhoneExactlyWithPlusAndAsSubstringWithout() {
        assertThat(names("?phone=" + enc("+14155552007"))).containsExactly("Customer 007");
        assertThat(names("?phone=" + enc("+1415555200"))).isEmpty();
        assertThat(names("?phone=2007")).containsExactly("Customer 007");
        assertThat(names("?phone=" + enc("00 1415-555-2007"))).containsExactly("Customer 007");
        // the group has a member with this number, but groups are never matched by phone
        assertThat(names("?phone=" + enc("+14155552001"))).containsExactly("Customer 001");
    }

    @Test
    void refusesAPhoneFilterThatIsNoNumber() {
        ApiClient.Result r = api.get("/chats?phone=abc");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).isEqualTo("Wrong phone number \"abc\"");
    }

    @Test
    void filtersByContactPhonesIncludingGroupsWithTheMember() {
        assertThat(names("?whatsapp_phone=" + enc("+14155552001"))).containsExactlyInAnyOrder("Acme Partners", "Customer 001");
        assertThat(names("?whatsapp_phone=" + enc("+14155552003,14155552004")))
                .containsExactly("Customer 004", "Customer 003");
        // national form: a leading 0 instead of the country code
        assertThat(names("?whatsapp_phone=04155552005")).containsExactly("Customer 005");
    }

    @Test
    void filtersByReadClosedAndAutoresponse() {
        long chatId = Seeded.customerId(sim, 1);
        api.patch("/chats/" + chatId, "{\"chatgpt_autoresponse_enabled\":true}");

        assertThat(names("?read=false")).hasSize(20);
        assertThat(names("?closed=true")).hasSize(6);
        assertThat(names("?closed=true&read=false")).containsExactly("Customer 060", "Customer 030");
        assertThat(names("?chatgpt_autoresponse_enabled=true")).containsExactly("Customer 001");
        assertThat(api.get("/chats?read=maybe").status()).isEqualTo(400);
    }

    @Test
    void filtersByCreationWindow() {
        Instant now = Instant.now();
        String after = now.minus(Duration.ofHours(24 * 24 + 12)).truncatedTo(ChronoUnit.SECONDS).toString();
        String before = now.minus(Duration.ofDays(85)).truncatedTo(ChronoUnit.SECONDS).toString();

        assertThat(names("?created_after=" + after))
                .containsExactly("Customer 060", "Customer 059", "Customer 058", "Customer 057", "Customer 056");
        assertThat(names("?created_before=" + before)).containsExactly("Acme Partners");
        assertThat(names("?created_after=" + before + "&created_before=" + now.minus(Duration.ofHours(78 * 24 + 12))
                .truncatedTo(ChronoUnit.SECONDS))).containsExactly("Customer 001");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
        assertThat(api.get("/chats?created_after=yesterday").status()).isEqualTo(400);
    }

    @Test
    void withMsgAddsTheLastMessageSummary() {
        ApiClient.Result r = api.get("/chats?with_msg=true&name=" + enc("Customer 060"));
        JsonNode chat = r.data().get("chats").get(0);

        assertThat(chat.get("last_message").get("uid").asText()).isEqualTo(chat.get("last_message_uid").asText());
        assertThat(chat.get("last_message").get("text").asText()).isEqualTo("Thanks, we are on it");
        assertThat(chat.get("last_message").has("reactions")).isFalse();
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void pageParameterIsValidated() {
        assertThat(api.get("/chats?page=0").status()).isEqualTo(400);
        ApiClient.Result r = api.get("/chats?page=x");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("page");
    }

    @Test
    void v2ListsTheSameChatsWithoutThePhoneFilter() {
        ApiClient.Result v2 = api.get("/v2/chats?label=vip");
        ApiClient.Result v2Phone = api.get("/v2/chats?phone=" + enc("+14155552007"));
        ApiClient.Result v2Page2 = api.get("/v2/chats?page=2");

        assertThat(v2.data().get("chats")).hasSize(12);
        assertThat(v2Phone.data().get("chats")).hasSize(50);
        assertThat(v2Page2.data().get("chats")).hasSize(11);
        assertThat(v2Page2.data().get("has_more_pages").asBoolean()).isFalse();
    }

    @Test
    void patchUpdatesNameStateAndFlags() {
        long id = Seeded.customerId(sim, 1);
        ApiClient.Result r = api.patch("/chats/" + id,
                "{\"name\":\"Maria Gonzalez\",\"closed\":true,\"read\":false,\"chatgpt_autoresponse_enabled\":true}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.data().get("name").asText()).isEqualTo("Maria Gonzalez");
        assertThat(r.data().get("closed").asBoolean()).isTrue();
        assertThat(r.data().get("read").asBoolean()).isFalse();
        assertThat(r.data().get("chatgpt_autoresponse_enabled").asBoolean()).isTrue();
        assertThat(api.get("/chats/" + id).data().get("name").asText()).isEqualTo("Maria Gonzalez");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
        assertThat(events.calls()).isEmpty();
    }

    @Test
    void patchIgnoresUnknownFields() {
        long id = Seeded.customerId(sim, 2);
        ApiClient.Result r = api.patch("/chats/" + id, "{\"labels\":[\"x\"],\"responsible_email\":\"bob@acme.example\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("labels")).isEmpty();
        assertThat(r.data().has("responsible_email")).isFalse();
    }

    @Test
    void patchRefusesADuplicateNameAndBadValues() {
        long id = Seeded.customerId(sim, 1);
        ApiClient.Result duplicate = api.patch("/chats/" + id, "{\"name\":\"Customer 002\"}");
        ApiClient.Result tooLong = api.patch("/chats/" + id, "{\"name\":\"" + "n".repeat(257) + "\"}");
        ApiClient.Result nul = api.patch("/chats/" + id, "{\"name\":\"a\\u0000b\"}");
        ApiClient.Result badType = api.patch("/chats/" + id, "{\"closed\":\"yes\"}");
        ApiClient.Result notJson = api.patch("/chats/" + id, "{closed");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("error_code").asText()).isEqualTo("validation_error");
        assertThat(duplicate.json().get("message").asText()).contains("Customer 002");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("name");
        assertThat(tooLong.json().get("errors").get(0).get("msg").asText()).isEqualTo("Longer than maximum length 256.");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("errors").get(0).get("msg").asText()).contains("NUL");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("errors").get(0).get("fields").get(0).asText()).isEqualTo("closed");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("message").asText()).startsWith("Bad JSON format");
        assertThat(api.get("/chats/" + id).data().get("name").asText()).isEqualTo("Customer 001");
    }

    @Test
    void patchOfAnUnknownChatIs404() {
        ApiClient.Result r = api.patch("/chats/42", "{\"closed\":true}");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("message").asText()).isEqualTo("Whatsapp chat_id \"42\" not found");
    }

    @Test
    void assigningReassigningAndUnassigningFireOneEventEach() {
        long id = Seeded.customerId(sim, 1);

        ApiClient.Result assigned = api.patch("/chats/" + id, "{\"responsible\":\"bob@acme.example\"}");
        api.patch("/chats/" + id, "{\"responsible\":\"bob@acme.example\"}");
        api.patch("/chats/" + id, "{\"responsible\":\"carol@acme.example\"}");
        ApiClient.Result unassigned = api.patch("/chats/" + id, "{\"responsible\":\"\"}");
        api.patch("/chats/" + id, "{\"responsible\":\"\"}");

        assertThat(assigned.data().get("responsible_email").asText()).isEqualTo("bob@acme.example");
        assertThat(assigned.data().get("responsible_name").asText()).isEqualTo("Bob Admin");
        assertThat(unassigned.data().has("responsible_email")).isFalse();
        assertThat(events.calls()).containsExactly(
                "chatAssigned " + id + " to=bob@acme.example previous=null/null",
                "chatAssigned " + id + " to=carol@acme.example previous=Bob Admin/bob@acme.example",
                "chatUnassigned " + id + " previous=Carol Agent/carol@acme.example");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void assigningAnUnknownTeammateIs400() {
        long id = Seeded.customerId(sim, 1);
        ApiClient.Result r = api.patch("/chats/" + id, "{\"responsible\":\"nobody@acme.example\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("nobody@acme.example");
        assertThat(events.calls()).isEmpty();
    }
}
