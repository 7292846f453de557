package dev.seed.camel.timelinesai.kamelets;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.seed.camel.timelinesai.model.waba.WabaTemplateCheckException;
import dev.seed.camel.timelinesai.simulator.waba.WabaChat;
import dev.seed.camel.timelinesai.simulator.waba.WabaMessage;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * timelinesai-waba-sink, loaded from classpath:kamelets by camel-kamelet, sends approved WABA templates through the
 * simulator: to a phone from the Kamelet's account, or into a chat whose 24-hour window has closed.
 */
class TimelinesAiWabaSinkKameletTest extends KameletTestSupport {
    private static final String CONTACT = "+15550104242";
    private static final String SETTINGS = "token={{sim.token}}&baseUrl={{sim.url}}&wabaAccountId="
            + WabaSeeder.ACCOUNT_ACTIVE;
    private Set<String> seeded;

    @BeforeEach
    void rememberSeededMessages() {
        seeded = simulator().state().waba().messagesOfAccount(WabaSeeder.ACCOUNT_ACTIVE).stream()
                .map(WabaMessage::uid).collect(Collectors.toSet());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:order-update").to("kamelet:timelinesai-waba-sink?" + SETTINGS
                        + "&templateName=order_update&templateLanguage=en_US");
                from("direct:welcome").to("kamelet:timelinesai-waba-sink?" + SETTINGS
                        + "&templateName=welcome_offer&templateLanguage=en");
                from("direct:hello").to("kamelet:timelinesai-waba-sink?" + SETTINGS
                        + "&templateName=hello_world&templateLanguage=en_US");
                from("direct:pending").to("kamelet:timelinesai-waba-sink?" + SETTINGS
                        + "&templateName=appointment_reminder&templateLanguage=en_US");
            }
        };
    }

    @Test
    void phoneHeaderAndSectionsFromTheBody() {
        Object uid = template.requestBodyAndHeaders("direct:order-update",
                "{\"header\": [\"A-1001\"], \"body\": [\"Maria\", \"A-1001\"]}", Map.of("phone", CONTACT));

        WabaMessage sent = onlySend();
        assertThat(sent.uid()).isEqualTo(uid);
        assertThat(sent.template().name()).isEqualTo("order_update");
        assertThat(sent.message().text()).isEqualTo("Hi Maria, your order A-1001 has shipped.");
        assertThat(sent.wabaAccountId()).isEqualTo(WabaSeeder.ACCOUNT_ACTIVE);
        assertThat(chatOf(sent).phone()).isEqualTo(CONTACT);
    }

    @Test
    void cloudEventsChatWhoseWindowClosedAndNamedVariablesFromAHeader() {
        WabaChat elliot = simulator().state().waba().chatByName(WabaSeeder.CHAT_CLOSED_WINDOW).orElseThrow();
        assertThat(elliot.isWindowOpen(simulator().state().now())).isFalse();

        template.requestBodyAndHeaders("direct:welcome", "ignored when the header is set", Map.of(
                "ce-chatid", String.valueOf(elliot.id()),
                "ce-variables", "{\"first_name\": \"Elliot\", \"discount\": \"15%\"}"));

        WabaMessage sent = onlySend();
        assertThat(sent.chatId()).isEqualTo(elliot.id());
        assertThat(sent.template().name()).isEqualTo("welcome_offer");
        assertThat(sent.message().text()).isEqualTo("Hello Elliot, enjoy 15% off your next order.");
    }

    @Test
    void aMapBodyFromJavaGivesTheSections() {
        template.requestBodyAndHeaders("direct:order-update",
                Map.of("header", List.of("B-7"), "body", List.of("Jo", "B-7")), Map.of("phone", CONTACT));

        assertThat(onlySend().message().text()).isEqualTo("Hi Jo, your order B-7 has shipped.");
    }

    @Test
    void anEmptyBodySendsATemplateWithoutVariables() {
        template.requestBodyAndHeaders("direct:hello", "", Map.of("phone", CONTACT));

        assertThat(onlySend().message().text()).isEqualTo("Hello from Acme Cloud! We are here to help.");
    }

    @Test
    void aTemplateThatIsNotApprovedOrMissingVariablesSendsNothing() {
        assertThatThrownBy(() -> template.requestBodyAndHeaders("direct:pending", "[\"Monday\"]",
                Map.of("phone", CONTACT)))
                .isInstanceOf(CamelExecutionException.class).rootCause()
                .isInstanceOf(WabaTemplateCheckException.class).hasMessageContaining("appointment_reminder");
        assertThatThrownBy(() -> template.requestBodyAndHeaders("direct:order-update", "[\"Maria\"]",
                Map.of("phone", CONTACT)))
                .isInstanceOf(CamelExecutionException.class).rootCause()
                .isInstanceOf(WabaTemplateCheckException.class).hasMessageContaining("order_update");

        assertThat(outbound()).isEmpty();
    }

    @Test
    void twoTargetsFailWithTheComponentsMessage() {
        assertThatThrownBy(() -> template.requestBodyAndHeaders("direct:hello", "",
                Map.of("phone", CONTACT, "chat-id", "1")))
                .isInstanceOf(CamelExecutionException.class)
                .rootCause().hasMessageContaining("two targets");
        assertThat(outbound()).isEmpty();
    }

    private WabaMessage onlySend() {
        List<WabaMessage> sent = outbound();
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    /** The outbound WABA messages of the seeded account that the seeder did not put there. */
    private List<WabaMessage> outbound() {
        return simulator().state().waba().messagesOfAccount(WabaSeeder.ACCOUNT_ACTIVE).stream()
                .filter(m -> m.message().fromMe())
                .filter(m -> !seeded.contains(m.uid()))
                .toList();
    }

    private WabaChat chatOf(WabaMessage message) {
        return simulator().state().waba().chat(message.chatId()).orElseThrow();
    }
}
