package dev.seed.camel.timelinesai;

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation, called with a wrong token, fails with a typed 401 that does not show the token. */
class WrongTokenTest extends TimelinesAiTestSupport {
    private static final String WRONG = "0000aaaa-wrong-token";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "messages/send?phone=+14155550100", "messages/sendVoice?chatId=1", "messages/get?messageUid=u",
        "messages/statusHistory?messageUid=u", "messages/reactions?messageUid=u", "messages/react?messageUid=u&reaction=x",
        "messages/awaitStatus?messageUid=u", "chats/list", "chats/get?chatId=1", "chats/update?chatId=1&newClosed=true",
        "chats/messages?chatId=1", "chats/addNote?chatId=1&text=n", "labels/list?chatId=1", "labels/add?chatId=1&labels=a",
        "labels/replace?chatId=1&labels=a", "labels/remove?chatId=1&labels=a", "files/upload", "files/list",
        "files/get?fileUid=f", "files/download?fileUid=f", "files/delete?fileUid=f", "accounts/list", "workspace/get",
        "workspace/teammates", "workspace/me", "workspace/invite?email=a@b.example", "workspace/revokeInvitation?userId=1",
        "webhooks/list", "webhooks/get?webhookId=1", "webhooks/create?eventType=chat:new&webhookUrl=https://x.example",
        "webhooks/update?webhookId=1&enabled=true", "webhooks/delete?webhookId=1", "templates/list",
        "templates/get?templateId=1", "templates/create?templateName=n&text=t", "templates/update?templateId=1&text=t",
        "templates/delete?templateId=1", "templates/trackUsage?templateId=1"
    })
    void wrongTokenIsATypedAuthenticationError(String operation) {
        String uri = "timelinesai:" + operation + (operation.contains("?") ? "&" : "?") + "token=" + WRONG;
        Object body = operation.startsWith("messages/send") || operation.startsWith("files/upload")
                ? (operation.equals("messages/send?phone=+14155550100") ? "Hi" : new byte[] { 1, 2, 3 }) : null;
        Exchange exchange = call(uri, body);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiAuthenticationException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(401);
            assertThat(e.getErrorCode()).isEqualTo("invalid_token");
            assertThat(e.getMessage()).doesNotContain(WRONG);
        });
    }
}
