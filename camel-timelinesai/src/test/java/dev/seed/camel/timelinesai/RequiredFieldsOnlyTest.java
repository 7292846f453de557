package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.ChatPage;
import dev.seed.camel.timelinesai.model.FileInfo;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.model.MessagePage;
import dev.seed.camel.timelinesai.model.MessageStatus;
import dev.seed.camel.timelinesai.model.Reactions;
import dev.seed.camel.timelinesai.model.Teammate;
import dev.seed.camel.timelinesai.model.Teammates;
import dev.seed.camel.timelinesai.model.TemplateInfo;
import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.model.WorkspaceInfo;
import dev.seed.camel.timelinesai.testsupport.RequiredFieldsServer;
import dev.seed.camel.timelinesai.testsupport.TestExchanges;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation against a server that answers only what the spec requires (no {@code data} where it is
 * optional, no body where none is declared): each one succeeds and returns what is known.
 */
class RequiredFieldsOnlyTest extends CamelTestSupport {
    private static RequiredFieldsServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = new RequiredFieldsServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl(server.url());
        component.setToken("required-fields-token");
        context.addComponent("timelinesai", component);
        return context;
    }

    private Object ok(String uri, Object body) {
        Exchange exchange = TestExchanges.request(template, uri, body);
        if (exchange.getException() != null) {
            throw new AssertionError(uri + " failed against required-only answers", exchange.getException());
        }
        return exchange.getMessage().getBody();
    }

    @Test
    void messagesOperationsAcceptRequiredFieldsOnly() {
        assertThat(ok("timelinesai:messages/send?chatId=1&text=hi", null)).isEqualTo("x");
        assertThat(ok("timelinesai:messages/send?phone=%2B14155550100&text=hi", null)).isEqualTo("x");
        assertThat(ok("timelinesai:messages/send?jid=1@s.whatsapp.net&text=hi", null)).isEqualTo("x");
        assertThat(ok("timelinesai:messages/send?chatId=1&membershipScoped=true&text=hi", null)).isEqualTo("x");
        assertThat(ok("timelinesai:messages/send?chatId=1&fileName=a.txt", "content".getBytes())).isEqualTo("x");
        assertThat(ok("timelinesai:messages/sendVoice?chatId=1&fileName=a.ogg", new byte[] {1, 2})).isEqualTo("x");
        assertThat(ok("timelinesai:messages/get?messageUid=u1", null)).isInstanceOf(MessageInfo.class);
        assertThat((List<?>) ok("timelinesai:messages/statusHistory?messageUid=u1", null)).singleElement()
                .isInstanceOf(MessageStatus.class);
        assertThat(ok("timelinesai:messages/reactions?messageUid=u1", null)).isInstanceOf(Reactions.class);
        assertThat(ok("timelinesai:messages/react?messageUid=u1&reaction=%F0%9F%91%8D", null))
                .as("no data in the answer: the uid asked for").isEqualTo("u1");
        assertThat(ok("timelinesai:messages/awaitStatus?messageUid=u1&expectedStatus=Read", null))
                .isInstanceOf(MessageStatus.class);
    }

    @Test
    void chatsAndLabelsOperationsAcceptRequiredFieldsOnly() {
        assertThat(ok("timelinesai:chats/list", null)).isInstanceOfSatisfying(ChatPage.class,
                page -> assertThat(page.chats()).isEmpty());
        assertThat(ok("timelinesai:chats/list?membershipScoped=true&followPages=true", null)).isInstanceOf(ChatPage.class);
        assertThat(ok("timelinesai:chats/get?chatId=1", null)).isInstanceOf(ChatInfo.class);
        assertThat(ok("timelinesai:chats/update?chatId=1&newClosed=true", null)).isInstanceOf(ChatInfo.class);
        assertThat(ok("timelinesai:chats/messages?chatId=1&followPages=true", null)).isInstanceOf(MessagePage.class);
        Exchange note = TestExchanges.request(template, "timelinesai:chats/addNote?chatId=1&text=n", null);
        assertThat(note.getException()).as("a note answered without data is still added").isNull();
        assertThat(note.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)).isNull();
        for (String op : List.of("list", "add", "replace", "remove")) {
            assertThat(ok("timelinesai:labels/" + op + "?chatId=1&labels=customer", null)).as(op).isInstanceOf(List.class);
        }
    }

    @Test
    void filesOperationsAcceptRequiredFieldsAndBodylessDelete() {
        assertThat(ok("timelinesai:files/upload?fileName=a.png", new byte[] {1})).isInstanceOf(FileInfo.class);
        assertThat((List<?>) ok("timelinesai:files/list", null)).hasSize(1);
        assertThat(ok("timelinesai:files/get?fileUid=f1", null)).isInstanceOf(FileInfo.class);
        assertThat(ok("timelinesai:files/download?fileUid=f1", null)).isInstanceOf(byte[].class);
        int before = server.requests().size();
        ok("timelinesai:files/delete?fileUid=f1", null);
        assertThat(server.requests().subList(before, server.requests().size())).containsExactly("DELETE /files/f1");
    }

    @Test
    void adminOperationsAcceptRequiredFieldsAndBodylessAnswers() {
        assertThat((List<?>) ok("timelinesai:accounts/list", null)).hasSize(1);
        assertThat((List<?>) ok("timelinesai:accounts/list?membershipScoped=true", null)).hasSize(1);
        assertThat(ok("timelinesai:workspace/get", null)).isInstanceOf(WorkspaceInfo.class);
        assertThat(ok("timelinesai:workspace/teammates", null)).isInstanceOf(Teammates.class);
        assertThat(ok("timelinesai:workspace/me", null)).isInstanceOf(Teammate.class);
        assertThat(ok("timelinesai:workspace/invite?email=a@b.example", null)).isInstanceOf(Teammate.class);
        ok("timelinesai:workspace/revokeInvitation?userId=42", null);
        assertThat((List<?>) ok("timelinesai:webhooks/list", null)).hasSize(1);
        assertThat(ok("timelinesai:webhooks/get?webhookId=1", null)).isInstanceOf(WebhookInfo.class);
        assertThat(ok("timelinesai:webhooks/create?eventType=message:new&webhookUrl=https://h.example/x", null))
                .isInstanceOf(WebhookInfo.class);
        assertThat(ok("timelinesai:webhooks/update?webhookId=1&enabled=false", null)).isInstanceOf(WebhookInfo.class);
        ok("timelinesai:webhooks/delete?webhookId=1", null);
        assertThat((List<?>) ok("timelinesai:templates/list", null)).hasSize(1);
        assertThat(ok("timelinesai:templates/get?templateId=1", null)).isInstanceOf(TemplateInfo.class);
        assertThat(ok("timelinesai:templates/create?templateName=n&text=t", null)).isInstanceOf(TemplateInfo.class);
        assertThat(ok("timelinesai:templates/update?templateId=1&text=t", null)).isInstanceOf(TemplateInfo.class);
        ok("timelinesai:templates/delete?templateId=1", null);
        int before = server.requests().size();
        ok("timelinesai:templates/trackUsage?templateId=1", null);
        assertThat(server.requests().subList(before, server.requests().size()))
                .as("a bodyless 200 is a success, so a redelivery does not count the use twice")
                .containsExactly("POST /templates/1/track_usage");
    }
}
