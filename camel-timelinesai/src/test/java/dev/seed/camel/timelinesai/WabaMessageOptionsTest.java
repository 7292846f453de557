package dev.seed.camel.timelinesai;

import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Options of the wabaMessages and wabaTemplates endpoints that cannot work fail when the endpoint is created. */
class WabaMessageOptionsTest extends TimelinesAiTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "timelinesai:wabaMessages/send?chatId=5&phone=+15550100000                      | chatId and phone",
        "timelinesai:wabaMessages/send?wabaTemplateName=hello_world                     | wabaTemplateLanguage",
        "timelinesai:wabaTemplates/check?wabaTemplateName=hello_world                   | wabaTemplateLanguage",
        "timelinesai:wabaMessages/send?wabaTemplateName=a&wabaTemplateLanguage=en&text=x | takes no text",
        "timelinesai:wabaMessages/send?wabaTemplateName=a&wabaTemplateLanguage=en&fileUid=f | takes no fileUid",
        "timelinesai:wabaMessages/get?wabaTemplateName=a                               | apply only to wabaMessages/send",
        "timelinesai:messages/send?chatId=5&wabaTemplateLanguage=en                    | apply only to wabaMessages/send",
        "timelinesai:wabaMessages/send?chatId=5&jid=1@g.us                             | jid",
        "timelinesai:wabaMessages/send?chatId=5&chatName=Team                          | chatName",
        "timelinesai:wabaMessages/send?phone=+15550100000&whatsappAccountPhone=+1415   | whatsappAccountPhone",
        "timelinesai:wabaMessages/send?chatId=5&replyTo=abc                            | replyTo",
        "timelinesai:wabaMessages/send?chatId=5&label=vip                              | label",
        "timelinesai:wabaMessages/send?chatId=5&fileUid=a&fileUrl=http://x.example/f   | fileUid and fileUrl",
        "timelinesai:wabaMessages/send?wabaTemplateName=a&wabaTemplateLanguage=en&fileUrl=http://x.example/f | takes no fileUrl",
        "timelinesai:wabaMessages/send?chatId=5&membershipScoped=true                  | membershipScoped",
        "timelinesai:wabaMessages/get?checkCredits=true                                | checkCredits",
        "timelinesai:wabaMessages/awaitStatus?expectedStatus=Seen                      | expectedStatus",
        "timelinesai:wabaTemplates/get?followPages=true                                | followPages",
        "timelinesai:wabaTemplates/get?page=2                                          | page applies only",
        "timelinesai:wabaTemplates/list?page=0                                         | page",
    })
    void failsAtCreationNamingTheOption(String uri, String expected) {
        assertThatThrownBy(() -> context.getEndpoint(uri))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .satisfies(e -> assertThat(messages(e)).contains(expected));
    }

    @Test
    void validEndpointsAreCreated() {
        assertThat(context.getEndpoint("timelinesai:wabaMessages/send?wabaAccountId=4021&phone=+15550100000"
                + "&wabaTemplateName=hello_world&wabaTemplateLanguage=en_US&checkCredits=true")).isNotNull();
        assertThat(context.getEndpoint("timelinesai:wabaTemplates/list?page=2&followPages=true&maxPages=3"))
                .isNotNull();
        assertThat(context.getEndpoint("timelinesai:wabaTemplates/check?wabaTemplateName=hello_world"
                + "&wabaTemplateLanguage=en_US&wabaAccountId=4021")).isNotNull();
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(" | ");
        }
        return sb.toString();
    }
}
