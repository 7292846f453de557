package dev.seed.camel.timelinesai.simulator;

import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.seed.camel.timelinesai.simulator.waba.WabaSeeder.CHAT_CLOSED_WINDOW;
import static dev.seed.camel.timelinesai.simulator.waba.WabaSeeder.CHAT_NO_INBOUND;
import static dev.seed.camel.timelinesai.simulator.waba.WabaSeeder.CHAT_OPEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The reading and housekeeping WABA endpoints: accounts, templates, chats, labels, messages and reactions. */
class WabaReadApiTest {

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private ApiClient api;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
    }

    /** Every answer fits the spec; requests are checked too, except the deliberately bad ones of the error tests. */
    @AfterEach
    void everyAnswerFitsTheSpec() {
        assertThat(VendorSpecs.publicViolations(sim)).filteredOn(v -> v.direction().equals("response")).isEmpty();
    }

    private void assertNoViolations() {
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    private static void assertError(ApiClient.Result r, int status, String errorCode) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().path("status").asText()).isEqualTo("error");
        assertThat(r.json().path("error_code").asText()).isEqualTo(errorCode);
        assertThat(r.json().path("message").asText()).isNotBlank();
    }

    @Test
    void listsTheAccountsWithEveryStatus() {
        ApiClient.Result r = api.get("/waba/accounts");

        assertThat(r.status()).isEqualTo(200);
        JsonNode accounts = r.data().get("waba_accounts");
        assertThat(accounts.findValuesAsText("status")).containsExactly("active", "disabled", "active", "disconnected");
        JsonNode first = accounts.get(0);
        assertThat(first.get("id").asLong()).isEqualTo(WabaSeeder.ACCOUNT_ACTIVE);
        assertThat(first.get("meta_phone_id").asText()).isEqualTo("109876543210987");
        assertThat(first.get("meta_waba_id").asText()).isEqualTo(WabaSeeder.PROFILE_MAIN);
        assertThat(first.get("display_phone_number").asText()).isEqualTo("+1 555 010 1234");
        assertThat(first.get("owner_email").asText()).isEqualTo("alice@acme.example");
        assertNoViolations();
    }

    @Test
    void anAccountCarriesItsWabaProfile() {
        JsonNode account = api.get("/waba/accounts/" + WabaSeeder.ACCOUNT_ACTIVE).data();

        assertThat(account.path("waba_profile").path("name").asText()).isEqualTo("Acme Cloud");
        assertThat(account.path("waba_profile").path("account_ids").toString()).isEqualTo("[4021,4022]");
        assertNoViolations();
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertError(api.get("/waba/accounts/9999"), 404, "not_found");
        assertThat(api.get("/waba/accounts/abc").status()).isEqualTo(404);
    }

    @Test
    void listsTemplatesNewestFirstAndGetsOneWithComponents() {
        JsonNode data = api.get("/waba/templates").data();

        assertThat(data.get("has_more_pages").asBoolean()).isFalse();
        List<String> ids = data.get("templates").findValuesAsText("id");
        assertThat(ids).containsExactly("505", "504", "508", "507", "506", "503", "502", "501");
        JsonNode detail = api.get("/waba/templates/" + WabaSeeder.TEMPLATE_ORDER_UPDATE).data();
        assertThat(detail.get("name").asText()).isEqualTo("order_update");
        assertThat(detail.get("status").asText()).isEqualTo("APPROVED");
        assertThat(detail.get("accounts").toString()).isEqualTo("[4021,4022]");
        assertThat(detail.get("components").get(0).get("type").asText()).isEqualTo("HEADER");
        assertError(api.get("/waba/templates/1"), 404, "not_found");
        assertThat(api.get("/waba/templates?page=2").data().get("templates")).isEmpty();
    }

    @Test
    void listsChatsWithTheirServiceWindows() {
        JsonNode chats = api.get("/waba/chats").data().get("chats");

        assertThat(chats).hasSize(5);
        JsonNode open = byName(chats, CHAT_OPEN);
        assertThat(open.get("service_window_is_open").asBoolean()).isTrue();
        assertThat(open.get("service_window_expires_at").asText()).isNotBlank();
        assertThat(open.get("waba_account_id").asLong()).isEqualTo(WabaSeeder.ACCOUNT_ACTIVE);
        JsonNode closed = byName(chats, CHAT_CLOSED_WINDOW);
        assertThat(closed.get("service_window_is_open").asBoolean()).isFalse();
        assertThat(closed.get("service_window_expires_at").isNull()).isTrue();
        JsonNode never = byName(chats, CHAT_NO_INBOUND);
        assertThat(never.get("service_window_is_open").isNull()).isTrue();
        assertThat(api.get("/chats?whatsapp_phone=%2B15551230001").data().get("chats")).isEmpty();
        assertNoViolations();
    }

    private static JsonNode byName(JsonNode chats, String name) {
        for (JsonNode chat : chats) {
            if (chat.get("name").asText().equals(name)) {
                return chat;
            }
        }
        throw new AssertionError("no chat " + name + " in " + chats);
    }

    @Test
    void filtersChats() {
        assertThat(api.get("/waba/chats?waba_account_id=4031,4022").data().get("chats").findValuesAsText("name"))
                .containsExactlyInAnyOrder(WabaSeeder.CHAT_EU, WabaSeeder.CHAT_DISABLED_ACCOUNT);
        assertThat(api.get("/waba/chats?closed=true").data().get("chats").findValuesAsText("name"))
                .containsExactly(WabaSeeder.CHAT_DISABLED_ACCOUNT);
        assertThat(api.get("/waba/chats?responsible=carol@acme.example").data().get("chats").findValuesAsText("name"))
                .containsExactly(CHAT_NO_INBOUND);
        assertThat(api.get("/waba/chats?whatsapp_phone=%2B15551230002").data().get("chats").findValuesAsText("name"))
                .containsExactly(CHAT_CLOSED_WINDOW);
        JsonNode withMsg = api.get("/waba/chats?with_msg=true&waba_account_id=4031").data().get("chats").get(0);
        assertThat(withMsg.path("last_message").path("text").asText()).startsWith("Guten Tag");
        assertThat(api.get("/waba/chats?page=2").data().get("chats")).isEmpty();
        assertError(api.get("/waba/chats?waba_account_id=abc"), 400, "validation_error");
    }

    @Test
    void getsAndUpdatesAChat() {
        long id = WabaSeeded.chatId(sim, CHAT_OPEN);

        assertThat(api.get("/waba/chats/" + id).data().get("name").asText()).isEqualTo(CHAT_OPEN);
        JsonNode updated = api.patch("/waba/chats/" + id,
                "{\"name\":\"Dana W.\",\"responsible\":\"bob@acme.example\",\"closed\":true,\"read\":false}").data();

        assertThat(updated.get("name").asText()).isEqualTo("Dana W.");
        assertThat(updated.get("responsible_email").asText()).isEqualTo("bob@acme.example");
        assertThat(updated.get("closed").asBoolean()).isTrue();
        assertThat(updated.get("read").asBoolean()).isFalse();
        assertThat(api.patch("/waba/chats/" + id, "{\"responsible\":\"\"}").data().has("responsible_email")).isFalse();
        assertNoViolations();
    }

    @Test
    void refusesBadChatUpdates() {
        long id = WabaSeeded.chatId(sim, CHAT_OPEN);

        assertError(api.patch("/waba/chats/" + id, "{\"chatgpt_autoresponse_enabled\":true}"), 400, "validation_error");
        assertError(api.patch("/waba/chats/" + id, "{\"closed\":\"yes\"}"), 400, "validation_error");
        assertError(api.patch("/waba/chats/" + id, "{\"responsible\":\"nobody@acme.example\"}"), 400, "validation_error");
        assertError(api.patch("/waba/chats/" + id, "{\"name\":\"" + CHAT_NO_INBOUND + "\"}"), 400, "validation_error");
        assertError(api.get("/waba/chats/42"), 404, "not_found");
        long qrChat = Seeded.customerId(sim, 1);
        assertError(api.get("/waba/chats/" + qrChat), 404, "not_found");
    }

    @Test
    void labelsAreListedReplacedAndAdded() {
        long id = WabaSeeded.chatId(sim, CHAT_NO_INBOUND);

        assertThat(api.get("/waba/chats/" + id + "/labels").data().get("labels").toString()).isEqualTo("[\"lead\"]");
        assertThat(api.post("/waba/chats/" + id + "/labels", "{\"labels\":[\"vip\",\"de\"]}").data().get("labels")
                .toString()).isEqualTo("[\"vip\",\"de\"]");
        assertThat(api.put("/waba/chats/" + id + "/labels", "{\"labels\":[\"vip\",\"new\"]}").data().get("labels")
                .toString()).isEqualTo("[\"vip\",\"de\",\"new\"]");
        assertError(api.put("/waba/chats/" + id + "/labels", "{\"labels\":\"vip\"}"), 400, "validation_error");
        assertError(api.put("/waba/chats/" + id + "/labels", "{\"labels\":[\"" + "x".repeat(65) + "\"]}"), 400,
                "validation_error");
    }

    @Test
    void listsAChatsMessagesNewestFirstWithSizeAndFilters() {
        long id = WabaSeeded.chatId(sim, CHAT_OPEN);

        JsonNode all = api.get("/waba/chats/" + id + "/messages").data();
        assertThat(all.get("messages").findValuesAsText("from_me")).containsExactly("true", "false");
        JsonNode first = api.get("/waba/chats/" + id + "/messages?size=1").data();
        assertThat(first.get("has_more_pages").asBoolean()).isTrue();
        assertThat(first.get("messages")).hasSize(1);
        JsonNode second = api.get("/waba/chats/" + id + "/messages?size=1&page=2").data();
        assertThat(second.get("has_more_pages").asBoolean()).isFalse();
        assertThat(second.get("messages").get(0).get("from_me").asBoolean()).isFalse();
        assertThat(api.get("/waba/chats/" + id + "/messages?from_me=false&sorting_order=asc").data().get("messages"))
                .hasSize(1);
        assertError(api.get("/waba/chats/" + id + "/messages?size=0"), 400, "validation_error");
        assertError(api.get("/waba/chats/" + id + "/messages?sorting_order=up"), 400, "validation_error");
    }

    @Test
    void getsAMessageItsHistoryAndItsTemplate() {
        long id = WabaSeeded.chatId(sim, CHAT_CLOSED_WINDOW);
        JsonNode messages = api.get("/waba/chats/" + id + "/messages?sorting_order=asc").data().get("messages");
        String uid = messages.get(0).get("uid").asText();

        JsonNode message = api.get("/waba/messages/" + uid).data();
        assertThat(message.get("status").asText()).isEqualTo("Delivered");
        assertThat(message.path("data").path("template").path("name").asText()).isEqualTo("order_update");
        assertThat(api.get("/waba/messages/" + uid + "/status_history").data().findValuesAsText("status"))
                .containsExactly("Sending", "Sent", "Delivered");
        assertError(api.get("/waba/messages/no-such-uid"), 404, "not_found");
        String qrUid = sim.state().messagesOf(Seeded.customerId(sim, 1)).get(0).uid();
        assertError(api.get("/waba/messages/" + qrUid), 404, "not_found");
    }

    @Test
    void setsAndClearsTheAccountsReaction() {
        long id = WabaSeeded.chatId(sim, CHAT_OPEN);
        String uid = api.get("/waba/chats/" + id + "/messages?from_me=false").data().get("messages").get(0).get("uid").asText();

        ApiClient.Result set = api.patch("/waba/messages/" + uid + "/reactions", "{\"reaction\":\"👍\"}");
        assertThat(set.data().get("message_uid").asText()).isEqualTo(uid);
        JsonNode reactions = api.get("/waba/messages/" + uid + "/reactions").data();
        assertThat(reactions.get("total").asInt()).isEqualTo(1);
        assertThat(reactions.get("users").get(0).get("current").asBoolean()).isTrue();
        api.patch("/waba/messages/" + uid + "/reactions", "{\"reaction\":\"\"}");
        assertThat(api.get("/waba/messages/" + uid + "/reactions").data().get("total").asInt()).isZero();
        assertError(api.patch("/waba/messages/" + uid + "/reactions", "{}"), 400, "validation_error");
    }

    @Test
    void aReactionThroughAnInactiveAccountConflicts() {
        long id = WabaSeeded.chatId(sim, WabaSeeder.CHAT_DISABLED_ACCOUNT);
        String uid = api.get("/waba/chats/" + id + "/messages").data().get("messages").get(0).get("uid").asText();

        assertError(api.patch("/waba/messages/" + uid + "/reactions", "{\"reaction\":\"👍\"}"), 409, "account_inactive");
    }

    @Test
    void resetRestoresTheWabaSeed() {
        sim.admin().waba().setAccountStatus(WabaSeeder.ACCOUNT_ACTIVE, "disabled");
        sim.admin().waba().setTemplateStatus(WabaSeeder.TEMPLATE_ORDER_UPDATE, "PAUSED");
        sim.admin().waba().inbound(WabaSeeder.ACCOUNT_EU, "+4915112349999", "Jonas", "Hallo");

        sim.admin().reset();

        assertThat(api.get("/waba/accounts/" + WabaSeeder.ACCOUNT_ACTIVE).data().get("status").asText()).isEqualTo("active");
        assertThat(api.get("/waba/templates/" + WabaSeeder.TEMPLATE_ORDER_UPDATE).data().get("status").asText())
                .isEqualTo("APPROVED");
        assertThat(api.get("/waba/chats").data().get("chats")).hasSize(5);
    }

    @Test
    void needsTheToken() {
        ApiClient anonymous = ApiClient.http11(sim.baseUrl(), null);
        assertError(anonymous.get("/waba/accounts"), 401, "missing_credentials");
    }
}
