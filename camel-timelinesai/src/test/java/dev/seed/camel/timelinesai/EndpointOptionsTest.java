package dev.seed.camel.timelinesai;

import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invalid endpoint options fail when the endpoint is created, naming the option. */
class EndpointOptionsTest extends TimelinesAiTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "timelinesai:messages/fly                                      | operation",
        "timelinesai:messages/list                                     | valid operations: send, sendVoice",
        "timelinesai:parcels/list                                      | api",
        "timelinesai:chats                                             | timelinesai:<api>/<operation>",
        "timelinesai:chats/list?maxPages=-1                            | maxPages",
        "timelinesai:chats/list?maxPages=0                             | maxPages",
        "timelinesai:chats/list?page=0                                 | page",
        "timelinesai:chats/messages?page=2                             | page applies only",
        "timelinesai:chats/messages?sortingOrder=sideways              | sortingOrder",
        "timelinesai:messages/send?phone=+14155550000&chatId=5         | chatId and phone",
        "timelinesai:messages/send?jid=1@g.us&chatName=Team            | jid and chatName",
        "timelinesai:messages/send?phone=+14155550000&replyTo=abc      | replyTo",
        "timelinesai:messages/send?fileUid=a&fileUrl=http://x.example/f | fileUid and fileUrl",
        "timelinesai:messages/send?membershipScoped=true&jid=1@g.us    | membershipScoped",
        "timelinesai:messages/get?membershipScoped=true                | membershipScoped",
        "timelinesai:files/list?followPages=true                       | followPages",
        "timelinesai:chats/list?membershipScoped=true&phone=+1415555   | phone",
        "timelinesai:messages/send?chatId=5&whatsappAccountPhone=+1415 | whatsappAccountPhone",
        "timelinesai:messages/awaitStatus?expectedStatus=Seen          | expectedStatus",
        "timelinesai:messages/awaitStatus?pollInterval=0               | pollInterval",
        "timelinesai:workspace/invite?role=king                        | role",
        "timelinesai:templates/create?visibility=everyone              | visibility",
        "timelinesai:chats/list?baseUrl=ftp://example.com              | baseUrl",
        "timelinesai:chats/list?proxyPort=70000                        | proxyPort",
        "timelinesai:chats/list?connectTimeout=-5                      | connectTimeout",
        "timelinesai:chats/list?group=maybe                            | group",
        "timelinesai:chats/list?colour=blue                            | colour",
        "timelinesai:chats/get?chatId=abc                              | chatId",
        "timelinesai:chats/update?chatId=1&name=VIP                    | chats/update takes newName",
        "timelinesai:chats/update?chatId=1&responsible=a@b.example     | chats/update takes newResponsible",
        "timelinesai:chats/update?chatId=1&closed=true                 | chats/update takes newClosed",
        "timelinesai:chats/update?chatId=1&read=false                  | chats/update takes newRead",
        "timelinesai:chats/update?chatgptAutoresponseEnabled=true      | chats/update takes newChatgptAutoresponseEnabled",
        "timelinesai:templates/create?name=Greeting&text=Hi            | templates/create takes templateName",
        "timelinesai:chats/list?newClosed=true                         | apply only to chats/update",
        "timelinesai:chats/list?templateName=Greeting                  | templateName applies only",
    })
    void failsAtCreationNamingTheOption(String uri, String expected) {
        assertThatThrownBy(() -> context.getEndpoint(uri))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .satisfies(e -> assertThat(messages(e)).contains(expected));
    }

    @Test
    void missingTokenIsNamed() {
        ((TimelinesAiComponent) context.getComponent("timelinesai")).setToken(null);
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:accounts/list"))
                .satisfies(e -> assertThat(messages(e)).contains("token"));
    }

    @Test
    void validOptionsCreateTheEndpoint() {
        TimelinesAiEndpoint endpoint = context.getEndpoint("timelinesai:chats/list?followPages=true&maxPages=3"
                + "&label=vip,lead&group=false&awaitTimeout=2m", TimelinesAiEndpoint.class);
        assertThat(endpoint.getOperationEnum()).isEqualTo(TimelinesAiOperation.CHATS_LIST);
        assertThat(endpoint.getConfiguration().getChatListOptions().getMaxPages()).isEqualTo(3);
        assertThat(endpoint.getConfiguration().getMessageOptions().getAwaitTimeout()).isEqualTo(120_000L);
        assertThat(endpoint.getConfiguration().getBaseUrl()).isEqualTo(SIMULATOR.baseUrl());
        assertThat(endpoint.getServiceUrl()).isEqualTo(SIMULATOR.baseUrl());
        assertThat(endpoint.getServiceProtocol()).isEqualTo("http");
    }

    @Test
    void consumerIsRefused() {
        TimelinesAiEndpoint endpoint = context.getEndpoint("timelinesai:chats/list", TimelinesAiEndpoint.class);
        assertThatThrownBy(() -> endpoint.createConsumer(e -> { }))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Only timelinesai:events");
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(" | ");
        }
        return sb.toString();
    }
}
