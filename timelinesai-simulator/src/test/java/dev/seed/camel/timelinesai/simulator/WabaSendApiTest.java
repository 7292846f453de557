package dev.seed.camel.timelinesai.simulator;

import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import dev.seed.camel.timelinesai.simulator.waba.WabaChat;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.seed.camel.timelinesai.simulator.waba.WabaSeeder.CHAT_CLOSED_WINDOW;
import static dev.seed.camel.timelinesai.simulator.waba.WabaSeeder.CHAT_OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** WABA sends: content rules, the 24-hour window, template rules, account status, credits and the status walk. */
class WabaSendApiTest {
    private static final String ORDER_UPDATE = "{\"template\":{\"name\":\"order_update\",\"language\":\"en_US\","
            + "\"variables\":{\"header\":[\"A-1027\"],\"body\":[\"Dana\",\"A-1027\"]}}}";

    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private TimelinesAiSimulator sim;
    private ApiClient api;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        api = ApiClient.http11(sim);
    }

    @AfterEach
    void everyAnswerFitsTheSpec() {
        assertThat(VendorSpecs.publicViolations(sim)).filteredOn(v -> v.direction().equals("response"))
                .filteredOn(v -> !WabaContractGaps.UNDECLARED_WABA_ERROR_STATUS.test(v)).isEmpty();
    }

    private static void assertError(ApiClient.Result r, int status, String errorCode) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().path("status").asText()).isEqualTo("error");
        assertThat(r.json().path("error_code").asText()).isEqualTo(errorCode);
    }

    private String chatPath(String name) {
        return "/waba/chats/" + WabaSeeded.chatId(sim, name) + "/messages";
    }

    private String awaitStatus(String uid, String status) {
        await().atMost(Duration.ofSeconds(5)).until(() -> api.get("/waba/messages/" + uid).data().get("status").asText()
                .equals(status));
        return status;
    }

    private long quotaUsed() {
        return sim.state().workspace().messagingQuota().used();
    }

    @Test
    void textInsideTheWindowIsSentAndDelivered() {
        ApiClient.Result r = api.post(chatPath(CHAT_OPEN), "{\"text\":\"We shipped it today\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode message = r.data();
        assertThat(message.get("status").asText()).isEqualTo("Pending");
        assertThat(message.get("from_me").asBoolean()).isTrue();
        assertThat(message.get("text").asText()).isEqualTo("We shipped it today");
        assertThat(message.get("sender_phone").asText()).isEqualTo("+15550101234");
        String uid = message.get("uid").asText();
        awaitStatus(uid, "Delivered");
        assertThat(api.get("/waba/messages/" + uid + "/status_history").data().findValuesAsText("status"))
                .containsExactly("Sending", "Sent", "Delivered");
        assertThat(quotaUsed()).isEqualTo(1);
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void textOutsideTheWindowIsRefused() {
        long before = quotaUsed();

        assertError(api.post(chatPath(CHAT_CLOSED_WINDOW), "{\"text\":\"Hello again\"}"), 409, "service_window_closed");
        assertError(api.post(chatPath(WabaSeeder.CHAT_NO_INBOUND), "{\"text\":\"Hello\"}"), 409, "service_window_closed");
        assertThat(quotaUsed()).isEqualTo(before);
    }

    @Test
    void aTemplateGoesOutOutsideTheWindowWithItsBodyRendered() {
        ApiClient.Result r = api.post(chatPath(CHAT_CLOSED_WINDOW), ORDER_UPDATE);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.data().get("text").asText()).isEqualTo("Hi Dana, your order A-1027 has shipped.");
        assertThat(r.data().path("data").path("template").path("id").asLong()).isEqualTo(WabaSeeder.TEMPLATE_ORDER_UPDATE);
        awaitStatus(r.data().get("uid").asText(), "Delivered");
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void expiringTheWindowThroughTheAdminApiClosesIt() {
        long chatId = WabaSeeded.chatId(sim, CHAT_OPEN);

        WabaAdmin.Window window = sim.admin().waba().expireWindow(chatId);

        assertThat(window.open()).isFalse();
        assertThat(window.expiresAt()).isNull();
        assertThat(api.get("/waba/chats/" + chatId).data().get("service_window_is_open").asBoolean()).isFalse();
        assertError(api.post(chatPath(CHAT_OPEN), "{\"text\":\"late\"}"), 409, "service_window_closed");
        assertThat(sim.admin().waba().moveWindow(chatId, Duration.ofHours(1)).open()).isTrue();
        assertThat(api.post(chatPath(CHAT_OPEN), "{\"text\":\"in time\"}").status()).isEqualTo(200);
    }

    @Test
    void anInboundMessageOpensTheWindow() {
        long chatId = WabaSeeded.chatId(sim, CHAT_CLOSED_WINDOW);

        sim.admin().waba().inboundToChat(chatId, "Are you there?");

        JsonNode chat = api.get("/waba/chats/" + chatId).data();
        assertThat(chat.get("service_window_is_open").asBoolean()).isTrue();
        assertThat(chat.get("read").asBoolean()).isFalse();
        assertThat(api.post(chatPath(CHAT_CLOSED_WINDOW), "{\"text\":\"Yes!\"}").status()).isEqualTo(200);
    }

    @Test
    void theWindowClosesTwentyFourHoursAfterTheLastInboundMessage() {
        WabaChat chat = WabaSeeded.chat(sim, CHAT_OPEN);
        Instant now = Instant.now();
        chat.setWindowExpiresAt(null);
        chat.customerWrote(now.minus(Duration.ofHours(23)));
        assertThat(chat.isWindowOpen(now)).isTrue();
        assertThat(chat.windowExpiresAt(now)).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(chat.isWindowOpen(now.plus(Duration.ofHours(1)))).isFalse();
        assertThat(chat.windowOpen(now.plus(Duration.ofHours(2)))).isFalse();
    }

    @Test
    void toAPhoneOpensAnOutgoingChatWithATemplate() {
        ApiClient.Result r = api.post("/waba/messages", "{\"waba_account_id\":4021,\"phone\":\"+15557770001\","
                + "\"template\":{\"name\":\"hello_world\",\"language\":\"en_US\"}}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        long chatId = r.data().get("chat_id").asLong();
        JsonNode chat = api.get("/waba/chats/" + chatId).data();
        assertThat(chat.get("phone").asText()).isEqualTo("+15557770001");
        assertThat(chat.get("service_window_is_open").isNull()).isTrue();
        assertThat(api.post("/waba/messages", "{\"waba_account_id\":4021,\"phone\":\"+15557770001\",\"template\":"
                + "{\"name\":\"hello_world\",\"language\":\"en_US\"}}").data().get("chat_id").asLong()).isEqualTo(chatId);
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }

    @Test
    void toAPhoneNeedsAccountAndPhoneAndAnOpenWindowForText() {
        assertError(api.post("/waba/messages", "{\"phone\":\"+15557770001\",\"text\":\"hi\"}"), 400, "validation_error");
        assertError(api.post("/waba/messages", "{\"waba_account_id\":4021,\"text\":\"hi\"}"), 400, "validation_error");
        assertError(api.post("/waba/messages", "{\"waba_account_id\":9,\"phone\":\"+15557770001\",\"text\":\"hi\"}"),
                404, "not_found");
        assertError(api.post("/waba/messages", "{\"waba_account_id\":4021,\"phone\":\"call me\",\"text\":\"hi\"}"),
                400, "validation_error");
        assertError(api.post("/waba/messages", "{\"waba_account_id\":4021,\"phone\":\"+15557770001\",\"text\":\"hi\"}"),
                409, "service_window_closed");
        ApiClient.Result intoOpen = api.post("/waba/messages",
                "{\"waba_account_id\":4021,\"phone\":\"+1 555 123 0001\",\"text\":\"hi Dana\"}");
        assertThat(intoOpen.status()).as(intoOpen.body()).isEqualTo(200);
        assertThat(intoOpen.data().get("chat_id").asLong()).isEqualTo(WabaSeeded.chatId(sim, CHAT_OPEN));
    }

    @Test
    void exactlyOneKindOfContent() {
        String path = chatPath(CHAT_OPEN);
        assertError(api.post(path, "{}"), 400, "validation_error");
        assertError(api.post(path, "{\"text\":\"hi\"," + ORDER_UPDATE.substring(1)), 400, "validation_error");
        assertError(api.post(path, "{\"template\":\"order_update\"}"), 400, "validation_error");
        assertError(api.post(path, "{\"template\":{\"name\":\"order_update\"}}"), 400, "validation_error");
        assertError(api.post(path, "{\"text\":\"" + "x".repeat(4097) + "\"}"), 400, "validation_error");
        assertError(api.post(path, "{\"file_uid\":\"no-such-file\"}"), 404, "not_found");
    }

    @Test
    void aFileWithACaptionCostsTwoCredits() {
        StoredFile file = new StoredFile("f0000000-0000-4000-8000-000000000001", "invoice.pdf", "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "alice@acme.example", Instant.now());
        sim.state().addFile(file);

        ApiClient.Result r = api.post(chatPath(CHAT_OPEN), "{\"file_uid\":\"" + file.uid() + "\",\"text\":\"Your invoice\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.data().get("has_attachment").asBoolean()).isTrue();
        assertThat(r.data().get("attachment_filename").asText()).isEqualTo("invoice.pdf");
        assertThat(quotaUsed()).isEqualTo(2);
    }

    @Test
    void aMultipartUploadIsSentAsAFile() {
        ApiClient.Result r = new Multipart().file("file", "photo.png", "image/png", new byte[] {1, 2, 3})
                .field("text", "Here it is").post(api, chatPath(CHAT_OPEN));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.data().get("attachment_filename").asText()).isEqualTo("photo.png");
        assertThat(r.data().get("text").asText()).isEqualTo("Here it is");
        ApiClient.Result toPhone = new Multipart().file("file", "a.pdf", "application/pdf", new byte[] {4})
                .field("waba_account_id", "4021").field("phone", "+15551230001").post(api, "/waba/messages");
        assertThat(toPhone.status()).as(toPhone.body()).isEqualTo(200);
        assertError(new Multipart().field("text", "no file").post(api, chatPath(CHAT_OPEN)), 400, "validation_error");
        assertError(new Multipart().file("file", "a.pdf", "application/pdf", new byte[] {4})
                .post(api, chatPath(CHAT_CLOSED_WINDOW)), 409, "service_window_closed");
    }

    @Test
    void templateRules() {
        String path = chatPath(CHAT_CLOSED_WINDOW);
        assertError(api.post(path, template("no_such_template", "en_US", "")), 404, "not_found");
        assertError(api.post(path, template("order_update", "fr", "")), 404, "not_found");
        assertError(api.post(path, template("login_code", "en_US", "\"body\":[\"123456\"]")), 409, "template_wrong_waba");
        assertError(api.post(path, template("order_update", "de", "\"header\":[\"A\"],\"body\":[\"B\",\"C\"]")), 409,
                "template_wrong_waba");
        assertError(api.post(path, template("appointment_reminder", "en_US", "\"body\":[\"Monday\"]")), 409,
                "template_not_approved");
        assertError(api.post(path, template("flash_sale", "en", "\"body\":[\"20%\"]")), 409, "template_not_approved");
        assertError(api.post(path, template("order_update", "en_US", "\"body\":[\"Dana\",\"A-1027\"]")), 422,
                "template_variables_mismatch");
        assertError(api.post(path, template("hello_world", "en_US", "\"body\":[\"extra\"]")), 422,
                "template_variables_mismatch");
        assertError(api.post(path, template("hello_world", "en_US", "\"buttons\":[\"x\"]")), 422,
                "template_variables_mismatch");
        assertError(api.post(path, template("hello_world", "en_US", "\"body\":[1]")), 400, "validation_error");
        ApiClient.Result named = api.post(path, template("welcome_offer", "en", "\"body\":[\"Elliot\",\"15%\"]"));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.data().get("text").asText()).isEqualTo("Hello Elliot, enjoy 15% off your next order.");
    }

    private static String template(String name, String language, String variables) {
        return "{\"template\":{\"name\":\"" + name + "\",\"language\":\"" + language + "\",\"variables\":{" + variables
                + "}}}";
    }

    @Test
    void anApprovedTemplateCanBeSentOnceMetaApprovesIt() {
        String path = chatPath(CHAT_CLOSED_WINDOW);
        String body = template("appointment_reminder", "en_US", "\"body\":[\"Monday\"]");
        assertError(api.post(path, body), 409, "template_not_approved");

        sim.admin().waba().setTemplateStatus(WabaSeeder.TEMPLATE_PENDING, "APPROVED");

        assertThat(api.post(path, body).status()).isEqualTo(200);
    }

    @Test
    void anInactiveAccountCannotSend() {
        assertError(api.post(chatPath(WabaSeeder.CHAT_DISABLED_ACCOUNT), "{\"text\":\"hi\"}"), 409, "account_inactive");
        assertError(api.post("/waba/messages", "{\"waba_account_id\":4032,\"phone\":\"+15557770001\","
                + "\"template\":{\"name\":\"login_code\",\"language\":\"en_US\",\"variables\":{\"body\":[\"1\"]}}}"),
                409, "account_inactive");
        sim.admin().waba().setAccountStatus(WabaSeeder.ACCOUNT_DISABLED, "active");
        assertThat(api.post(chatPath(WabaSeeder.CHAT_DISABLED_ACCOUNT), "{\"text\":\"hi\"}").status()).isEqualTo(200);
    }

    @Test
    void anExhaustedQuotaRefusesTheSend() {
        sim.admin().setQuotas(WorkspaceAdmin.QuotaUpdate.messaging(10, 10));

        assertError(api.post(chatPath(CHAT_OPEN), "{\"text\":\"hi\"}"), 403, "quota_exceeded");
    }

    @Test
    void anUnreachableNumberFailsWithMetasReasonAndIsRefunded() {
        ApiClient.Result r = api.post("/waba/messages", "{\"waba_account_id\":4021,\"phone\":\"+9995550001\","
                + "\"template\":{\"name\":\"hello_world\",\"language\":\"en_US\"}}");
        String uid = r.data().get("uid").asText();

        awaitStatus(uid, "Failed");

        JsonNode message = api.get("/waba/messages/" + uid).data();
        assertThat(message.path("failure_reason").path("code").asInt()).isEqualTo(131026);
        List<JsonNode> history = List.copyOf(api.get("/waba/messages/" + uid + "/status_history").data().findParents("status"));
        assertThat(history.get(history.size() - 1).path("failure_reason").path("title").asText())
                .isEqualTo("Message undeliverable");
        assertThat(quotaUsed()).isZero();
        assertThat(VendorSpecs.publicViolations(sim)).isEmpty();
    }
}
