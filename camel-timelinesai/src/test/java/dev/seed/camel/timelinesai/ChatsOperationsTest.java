package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.ChatPage;
import dev.seed.camel.timelinesai.model.ChatUpdate;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.model.MessagePage;
import dev.seed.camel.timelinesai.model.Note;
import dev.seed.camel.timelinesai.simulator.Seeder;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** chats/* against the simulator: paging, every filter, v2, split, get, update, history and notes. */
class ChatsOperationsTest extends TimelinesAiTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:vipChats").to("timelinesai:chats/list?label=vip&followPages=true")
                        .split(body()).to("mock:chat");
            }
        };
    }

    private static List<ChatInfo> chats(Exchange e) {
        return e.getMessage().getBody(ChatPage.class).chats();
    }

    @Test
    void pagesAndFollowsPages() {
        int total = Seeder.DIRECT_CHATS + 1;
        Exchange first = ok("timelinesai:chats/list", null);
        assertThat(chats(first)).hasSize(50);
        assertThat(first.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(true);
        assertThat(first.getMessage().getHeader(TimelinesAiConstants.PAGES_READ)).isEqualTo(1);

        Exchange second = ok("timelinesai:chats/list", null, TimelinesAiConstants.PAGE, 2);
        assertThat(chats(second)).hasSize(total - 50);
        assertThat(second.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(false);

        Exchange all = ok("timelinesai:chats/list?followPages=true", null);
        assertThat(chats(all)).hasSize(total).extracting(ChatInfo::id).doesNotHaveDuplicates();
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.PAGES_READ)).isEqualTo(2);
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(false);
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.RESULT_COUNT)).isEqualTo(total);

        Exchange capped = ok("timelinesai:chats/list?followPages=true&maxPages=1", null);
        assertThat(chats(capped)).hasSize(50);
        assertThat(capped.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(true);
        assertNoContractViolations();
    }

    @Test
    void everyFilterIsSent() {
        assertThat(chats(ok("timelinesai:chats/list?label=vip", null))).isNotEmpty()
                .allSatisfy(c -> assertThat(c.labels()).contains("vip"));
        assertThat(chats(ok("timelinesai:chats/list?group=true", null))).singleElement()
                .satisfies(c -> assertThat(c.isGroup()).isTrue());
        assertThat(chats(ok("timelinesai:chats/list?closed=true&followPages=true", null))).isNotEmpty()
                .allSatisfy(c -> assertThat(c.closed()).isTrue());
        assertThat(chats(ok("timelinesai:chats/list?read=false&followPages=true", null))).isNotEmpty()
                .allSatisfy(c -> assertThat(c.read()).isFalse());
        assertThat(chats(ok("timelinesai:chats/list?name=Customer%20007", null))).extracting(ChatInfo::name)
                .containsExactly("Customer 007");
        assertThat(chats(ok("timelinesai:chats/list?phone=+14155552003", null))).extracting(ChatInfo::phone)
                .containsExactly("+14155552003");
        assertThat(chats(ok("timelinesai:chats/list?whatsappPhone=+14155552001", null))).extracting(ChatInfo::isGroup)
                .contains(true, false);
        assertThat(chats(ok("timelinesai:chats/list?responsible=bob@acme.example&followPages=true", null)))
                .isNotEmpty().allSatisfy(c -> assertThat(c.responsibleEmail()).isEqualTo("bob@acme.example"));
        ChatInfo any = chats(ok("timelinesai:chats/list", null)).get(0);
        assertThat(chats(ok("timelinesai:chats/list?followPages=true&whatsappAccountId=" + any.whatsappAccountId(), null)))
                .isNotEmpty().allSatisfy(c -> assertThat(c.whatsappAccountId()).isEqualTo(any.whatsappAccountId()));
        assertThat(chats(ok("timelinesai:chats/list?chatgptAutoresponseEnabled=true", null)))
                .allSatisfy(c -> assertThat(c.chatgptAutoresponseEnabled()).isTrue());
        assertThat(chats(ok("timelinesai:chats/list?createdAfter=2000-01-01T00:00:00Z&createdBefore=2100-01-01T00:00:00Z",
                null))).hasSize(50);
        assertThat(chats(ok("timelinesai:chats/list?withLastMessage=true", null)).get(0).lastMessage()).isNotNull();
        assertThat(chats(ok("timelinesai:chats/list?membershipScoped=true", null))).isNotEmpty();
        assertNoContractViolations();
    }

    @Test
    void splitGivesOneExchangePerChat() throws Exception {
        int vip = chats(ok("timelinesai:chats/list?label=vip&followPages=true", null)).size();
        MockEndpoint mock = getMockEndpoint("mock:chat");
        mock.expectedMessageCount(vip);
        mock.allMessages().body().isInstanceOf(ChatInfo.class);
        template.sendBody("direct:vipChats", null);
        mock.assertIsSatisfied();
    }

    @Test
    void getsAndUpdatesAChat() {
        ChatInfo chat = chats(ok("timelinesai:chats/list?name=Customer%20011", null)).get(0);
        ChatInfo got = ok("timelinesai:chats/get", chat.id()).getMessage().getBody(ChatInfo.class);
        assertThat(got.name()).isEqualTo("Customer 011");

        ChatInfo renamed = ok("timelinesai:chats/update?newName=VIP%20Customer%20011&newClosed=true", null,
                TimelinesAiConstants.CHAT_ID, chat.id()).getMessage().getBody(ChatInfo.class);
        assertThat(renamed.name()).isEqualTo("VIP Customer 011");
        assertThat(renamed.closed()).isTrue();

        ChatInfo assigned = ok("timelinesai:chats/update?chatId=" + chat.id(),
                new ChatUpdate(null, "carol@acme.example", false, true, null)).getMessage().getBody(ChatInfo.class);
        assertThat(assigned.responsibleEmail()).isEqualTo("carol@acme.example");
        assertThat(assigned.closed()).isFalse();
        assertThat(assigned.read()).isTrue();
        assertNoContractViolations();

        assertThat(call("timelinesai:chats/get", 99999999L).getException())
                .isInstanceOfSatisfying(TimelinesAiNotFoundException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(404));
        assertThat(call("timelinesai:chats/update?chatId=" + chat.id(), null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chats/update");
        assertThat(call("timelinesai:chats/update?chatId=" + chat.id() + "&newResponsible=nobody@nowhere.example", null)
                .getException()).isInstanceOf(TimelinesAiValidationException.class);
    }

    @Test
    void readsHistoryWithFiltersAndAddsNotes() {
        ChatInfo chat = chats(ok("timelinesai:chats/list?name=Customer%20002", null)).get(0);
        MessagePage history = ok("timelinesai:chats/messages?chatId=" + chat.id(), null).getMessage()
                .getBody(MessagePage.class);
        assertThat(history.messages()).hasSize(2);
        assertThat(ok("timelinesai:chats/messages?fromMe=true&chatId=" + chat.id(), null).getMessage()
                .getBody(MessagePage.class).messages()).singleElement().satisfies(m -> assertThat(m.fromMe()).isTrue());
        List<MessageInfo> asc = ok("timelinesai:chats/messages?sortingOrder=asc&chatId=" + chat.id(), null)
                .getMessage().getBody(MessagePage.class).messages();
        assertThat(asc.get(0).fromMe()).isFalse();
        assertThat(ok("timelinesai:chats/messages?chatId=" + chat.id() + "&afterMessage=" + asc.get(0).uid(), null)
                .getMessage().getBody(MessagePage.class).messages()).extracting(MessageInfo::uid)
                .containsExactly(asc.get(1).uid());
        assertThat(ok("timelinesai:chats/messages?chatId=" + chat.id() + "&after=2000-01-01&before=2100-01-01", null)
                .getMessage().getBody(MessagePage.class).messages()).hasSize(2);

        String note = ok("timelinesai:chats/addNote", "Called the customer", TimelinesAiConstants.CHAT_ID, chat.id())
                .getMessage().getBody(String.class);
        String publicNote = ok("timelinesai:chats/addNote?chatId=" + chat.id(), new Note("Team, please follow up", false))
                .getMessage().getBody(String.class);
        MessageInfo stored = ok("timelinesai:messages/get", note).getMessage().getBody(MessageInfo.class);
        assertThat(stored.text()).isEqualTo("Called the customer");
        assertThat(stored.messageType()).isEqualToIgnoringCase("note");
        assertThat(publicNote).isNotEqualTo(note);
        assertNoContractViolations();
    }

    @Test
    void followsPagesOfALongHistory() {
        ChatInfo chat = chats(ok("timelinesai:chats/list?name=Customer%20003", null)).get(0);
        for (int i = 0; i < 55; i++) {
            ok("timelinesai:chats/addNote?chatId=" + chat.id(), "Note " + i);
        }
        Exchange first = ok("timelinesai:chats/messages?chatId=" + chat.id(), null);
        assertThat(first.getMessage().getBody(MessagePage.class).messages()).hasSize(50);
        assertThat(first.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(true);
        Exchange all = ok("timelinesai:chats/messages?followPages=true&membershipScoped=true&chatId=" + chat.id(), null);
        assertThat(all.getMessage().getBody(MessagePage.class).messages()).hasSize(56)
                .extracting(MessageInfo::uid).doesNotHaveDuplicates();
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.PAGES_READ)).isEqualTo(2);
        assertNoContractViolations();
    }
}
