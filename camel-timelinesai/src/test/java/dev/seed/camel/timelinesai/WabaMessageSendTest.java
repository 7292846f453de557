package dev.seed.camel.timelinesai;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.model.FileInfo;
import dev.seed.camel.timelinesai.model.waba.WabaMessage;
import dev.seed.camel.timelinesai.model.waba.WabaOutboundTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaOutgoingMessage;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** wabaMessages/send against the simulator: text, files and templates, into a chat or to a phone, and the window rule. */
class WabaMessageSendTest extends WabaProducerTestSupport {
    private static final String NEW_CONTACT = "+15550107777";

    private WabaMessage sent(Exchange exchange) {
        WabaMessage message = exchange.getMessage().getBody(WabaMessage.class);
        assertThat(message.uid()).isNotBlank();
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)).isEqualTo(message.uid());
        return message;
    }

    private String storedText(String uid) {
        return simulator().state().waba().message(uid).orElseThrow().message().text();
    }

    @Test
    void textIntoAChatWhoseWindowIsOpen() {
        long dana = chat(WabaSeeder.CHAT_OPEN);
        WabaMessage message = sent(ok("timelinesai:wabaMessages/send?chatId=" + dana, "Your order is on its way"));
        assertThat(message.chatId()).isEqualTo(dana);
        assertThat(message.fromMe()).isTrue();
        assertThat(storedText(message.uid())).isEqualTo("Your order is on its way");
        assertThat(credits().charged()).isEqualTo(1);
        assertNoWabaContractViolations();
    }

    @Test
    void textHeaderAndChatHeaderOverrideTheOptions() {
        long dana = chat(WabaSeeder.CHAT_OPEN);
        WabaMessage message = sent(ok("timelinesai:wabaMessages/send?phone=+15550100000&wabaAccountId=" + ACCOUNT
                + "&text=from the option", "ignored body", TimelinesAiConstants.CHAT_ID, dana,
                TimelinesAiConstants.TEXT, "from the header"));
        assertThat(message.chatId()).isEqualTo(dana);
        assertThat(storedText(message.uid())).isEqualTo("from the header");
    }

    @Test
    void templateToANewPhoneFromOptionsWithAVariablesHeader() {
        Exchange exchange = ok("timelinesai:wabaMessages/send?wabaAccountId=" + ACCOUNT + "&phone=" + NEW_CONTACT
                        + "&wabaTemplateName=order_update&wabaTemplateLanguage=en_US", null,
                TimelinesAiConstants.WABA_TEMPLATE_VARIABLES, Map.of("header", List.of("A-1027"),
                        "body", List.of("Dana", "A-1027")));
        WabaMessage message = sent(exchange);
        assertThat(storedText(message.uid())).isEqualTo("Hi Dana, your order A-1027 has shipped.");
        assertThat(simulator().state().waba().chatWith(ACCOUNT, NEW_CONTACT)).isPresent();
        assertThat(credits().charged()).isEqualTo(1);
        assertNoWabaContractViolations();
    }

    @Test
    void namedVariablesAreSentInTheTemplatesParameterOrder() {
        long dana = chat(WabaSeeder.CHAT_OPEN);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("discount", "15%");
        values.put("first_name", "Dana");
        WabaMessage message = sent(ok("timelinesai:wabaMessages/send?wabaTemplateName=welcome_offer"
                + "&wabaTemplateLanguage=en&chatId=" + dana, values));
        assertThat(storedText(message.uid())).isEqualTo("Hello Dana, enjoy 15% off your next order.");
        assertNoWabaContractViolations();
    }

    @Test
    void templateRecordBodyOutsideTheWindow() {
        long elliot = chat(WabaSeeder.CHAT_CLOSED_WINDOW);
        WabaOutgoingMessage body = WabaOutgoingMessage.template(
                WabaOutboundTemplate.positional("order_update", "en_US", List.of("A-2001"), List.of("Elliot", "A-2001")));
        WabaMessage message = sent(ok("timelinesai:wabaMessages/send", body, TimelinesAiConstants.CHAT_ID, elliot));
        assertThat(message.chatId()).isEqualTo(elliot);
        WabaMessage toPhone = sent(ok("timelinesai:wabaMessages/send",
                WabaOutgoingMessage.template(WabaOutboundTemplate.of("hello_world", "en_US")).toPhone(ACCOUNT,
                        NEW_CONTACT)));
        assertThat(storedText(toPhone.uid())).isEqualTo("Hello from Acme Cloud! We are here to help.");
        assertNoWabaContractViolations();
    }

    @Test
    void freeTextOutsideTheWindowIsTheTypedConflict() {
        long elliot = chat(WabaSeeder.CHAT_CLOSED_WINDOW);
        int before = stored().size();
        Exchange exchange = call("timelinesai:wabaMessages/send?chatId=" + elliot, "Are you still there?");
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(409);
            assertThat(e.getErrorCode()).isEqualTo("service_window_closed");
            assertThat(e.getApiMessage()).isNotBlank();
            assertThat(e).isNotInstanceOf(TimelinesAiAmbiguousSendException.class);
        });
        assertThat(stored()).hasSize(before);
        assertThat(credits().charged()).isZero();
    }

    @Test
    void aFileBodyWithACaptionIsOneMultipartCallForTwoCredits() {
        long dana = chat(WabaSeeder.CHAT_OPEN);
        byte[] pdf = "%PDF-1.4 invoice".getBytes(StandardCharsets.UTF_8);
        WabaMessage message = sent(ok("timelinesai:wabaMessages/send?chatId=" + dana + "&fileName=invoice.pdf"
                + "&contentType=application/pdf", pdf, TimelinesAiConstants.TEXT, "Your invoice"));
        var stored = simulator().state().waba().message(message.uid()).orElseThrow().message();
        assertThat(stored.attachment().filename()).isEqualTo("invoice.pdf");
        assertThat(stored.text()).isEqualTo("Your invoice");
        assertThat(credits().charged()).isEqualTo(2);
        assertNoWabaContractViolations();
    }

    @Test
    void aFileToAPhoneByMultipartAndAnUploadedFileByUid() {
        long dana = chat(WabaSeeder.CHAT_OPEN);
        String phone = simulator().state().waba().chat(dana).orElseThrow().phone();
        WabaMessage byPhone = sent(ok("timelinesai:wabaMessages/send?wabaAccountId=" + ACCOUNT + "&phone=" + phone
                + "&fileName=a.txt", "bytes".getBytes(StandardCharsets.UTF_8)));
        assertThat(byPhone.chatId()).isEqualTo(dana);
        FileInfo file = ok("timelinesai:files/upload?fileName=terms.txt", "terms".getBytes(StandardCharsets.UTF_8))
                .getMessage().getBody(FileInfo.class);
        WabaMessage byUid = sent(ok("timelinesai:wabaMessages/send?chatId=" + dana, null,
                TimelinesAiConstants.FILE_UID, file.uid()));
        assertThat(simulator().state().waba().message(byUid.uid()).orElseThrow().message().attachment().filename())
                .isEqualTo("terms.txt");
        assertThat(credits().charged()).isEqualTo(2);
        assertNoWabaContractViolations();
    }

    @Test
    void aFileUrlIsUploadedFirstThenSentWithItsCaption() {
        long dana = chat(WabaSeeder.CHAT_OPEN);
        FileInfo stored = ok("timelinesai:files/upload?fileName=logo.png&contentType=image/png",
                new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 }).getMessage().getBody(FileInfo.class);
        String url = ok("timelinesai:files/get", stored.uid()).getMessage().getBody(FileInfo.class)
                .temporaryDownloadUrl();
        Exchange exchange = ok("timelinesai:wabaMessages/send?chatId=" + dana, "Our logo",
                TimelinesAiConstants.FILE_URL, url);
        String uploaded = exchange.getMessage().getHeader(TimelinesAiConstants.FILE_UID, String.class);
        assertThat(uploaded).isNotBlank().isNotEqualTo(stored.uid());
        var message = simulator().state().waba().message(sent(exchange).uid()).orElseThrow().message();
        assertThat(message.attachment()).isNotNull();
        assertThat(message.text()).isEqualTo("Our logo");
        assertThat(credits().charged()).isEqualTo(2);
        assertNoWabaContractViolations();
    }

    @Test
    void aTemplateWithTextIsRefusedBeforeAnyCall() {
        tripwireOnSends();
        Exchange exchange = call("timelinesai:wabaMessages/send?chatId=" + chat(WabaSeeder.CHAT_OPEN)
                + "&wabaTemplateName=hello_world&wabaTemplateLanguage=en_US", null, TimelinesAiConstants.TEXT, "hi");
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("template");
        assertThat(tripwireFired()).isZero();
    }

    @Test
    void variablesWithoutATemplateAreRefusedNamingTheOptions() {
        Exchange exchange = call("timelinesai:wabaMessages/send?chatId=" + chat(WabaSeeder.CHAT_OPEN),
                List.of("Dana"));
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wabaTemplateName");
    }

    @Test
    void aPhoneWithoutTheSendingAccountNamesTheOption() {
        Exchange exchange = call("timelinesai:wabaMessages/send?phone=" + NEW_CONTACT, "hello");
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wabaAccountId");
    }
}
