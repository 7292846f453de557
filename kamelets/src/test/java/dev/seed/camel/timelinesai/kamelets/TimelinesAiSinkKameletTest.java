package dev.seed.camel.timelinesai.kamelets;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.simulator.MessagingAdmin.SentMessage;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** timelinesai-sink, loaded from classpath:kamelets by camel-kamelet, sends through the simulator. */
class TimelinesAiSinkKameletTest extends KameletTestSupport {
    private static final String CONTACT = "+4930123456";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("kamelet:timelinesai-sink?token={{sim.token}}&baseUrl={{sim.url}}");
                from("direct:default-phone").to("kamelet:timelinesai-sink?token={{sim.token}}&baseUrl={{sim.url}}"
                        + "&phone=RAW(" + CONTACT + ")");
            }
        };
    }

    @Test
    void phoneAndTextFromHeaders() {
        Object uid = template.requestBodyAndHeaders("direct:send", null, Map.of("phone", CONTACT, "text", "Hello"));

        List<SentMessage> sent = admin().sentMessages();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).phone()).isEqualTo(CONTACT);
        assertThat(sent.get(0).text()).isEqualTo("Hello");
        assertThat(sent.get(0).fileUid()).isNull();
        assertThat(uid).isEqualTo(sent.get(0).messageUid());
    }

    @Test
    void cloudEventsAttributesAndAnAttachmentBody() {
        template.requestBodyAndHeaders("direct:send", null, Map.of("phone", CONTACT, "text", "first"));
        long chatId = admin().sentMessages().get(0).chatId();

        template.requestBodyAndHeaders("direct:send", "%PDF-1.4 invoice".getBytes(StandardCharsets.UTF_8),
                Map.of("ce-chatid", String.valueOf(chatId), "ce-text", "Your invoice", "ce-filename", "invoice.pdf"));

        SentMessage withFile = admin().sentMessages().get(1);
        assertThat(withFile.chatId()).isEqualTo(chatId);
        assertThat(withFile.text()).isEqualTo("Your invoice");
        assertThat(withFile.fileUid()).isNotBlank();
        assertThat(withFile.filename()).isEqualTo("invoice.pdf");
    }

    @Test
    void withoutATextHeaderTheBodyIsTheTextAndThePropertyTheRecipient() {
        template.sendBody("direct:default-phone", "Body as text".getBytes(StandardCharsets.UTF_8));

        SentMessage sent = admin().sentMessages().get(0);
        assertThat(sent.phone()).isEqualTo(CONTACT);
        assertThat(sent.text()).isEqualTo("Body as text");
    }

    @Test
    void aHeaderTargetWinsOverThePropertyAndTheSendingAccountIsMapped() {
        template.requestBodyAndHeaders("direct:default-phone", "To someone else",
                Map.of("phone", "+4930999999", "whatsapp-account-phone", "+14155550101"));

        SentMessage sent = admin().sentMessages().get(0);
        assertThat(sent.phone()).isEqualTo("+4930999999");
        assertThat(sent.accountPhone()).isEqualTo("+14155550101");
    }

    @Test
    void noRecipientFailsWithTheComponentsMessage() {
        assertThatThrownBy(() -> template.sendBody("direct:send", "nobody"))
                .isInstanceOf(CamelExecutionException.class)
                .rootCause().hasMessageContaining("messages/send needs a target");
        assertThat(admin().sentMessages()).isEmpty();
    }
}
