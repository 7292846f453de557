package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.model.waba.WabaChat;
import dev.seed.camel.timelinesai.model.waba.WabaChatPage;
import dev.seed.camel.timelinesai.model.waba.WabaChatUpdate;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** wabaChats/list (each filter, paging), get and update against the simulator, requests checked against the spec. */
class WabaChatOperationsTest extends TimelinesAiTestSupport {

    private List<String> names(String uri, Object... headers) {
        return ok(uri, null, headers).getMessage().getBody(WabaChatPage.class).chats().stream().map(WabaChat::name)
                .toList();
    }

    private WabaChat chat(String name) {
        return ok("timelinesai:wabaChats/list", null).getMessage().getBody(WabaChatPage.class).chats().stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryChatThenEachFilter() {
        Exchange all = ok("timelinesai:wabaChats/list", null);
        assertThat(all.getMessage().getBody(WabaChatPage.class).chats()).extracting(WabaChat::name)
                .containsExactlyInAnyOrder(WabaSeeder.CHAT_OPEN, WabaSeeder.CHAT_CLOSED_WINDOW,
                        WabaSeeder.CHAT_NO_INBOUND, WabaSeeder.CHAT_EU, WabaSeeder.CHAT_DISABLED_ACCOUNT);
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.RESULT_COUNT)).isEqualTo(5);
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(false);

        assertThat(names("timelinesai:wabaChats/list?wabaAccountId=4021")).containsExactlyInAnyOrder(
                WabaSeeder.CHAT_OPEN, WabaSeeder.CHAT_CLOSED_WINDOW, WabaSeeder.CHAT_NO_INBOUND);
        assertThat(names("timelinesai:wabaChats/list?wabaAccountId=4021", TimelinesAiConstants.WABA_ACCOUNT_ID,
                "4031,4022")).containsExactlyInAnyOrder(WabaSeeder.CHAT_EU, WabaSeeder.CHAT_DISABLED_ACCOUNT);
        assertThat(names("timelinesai:wabaChats/list", TimelinesAiConstants.WABA_ACCOUNT_ID, List.of(4031L)))
                .containsExactly(WabaSeeder.CHAT_EU);
        assertThat(names("timelinesai:wabaChats/list?responsible=carol@acme.example"))
                .containsExactly(WabaSeeder.CHAT_NO_INBOUND);
        assertThat(names("timelinesai:wabaChats/list?closed=true")).containsExactly(WabaSeeder.CHAT_DISABLED_ACCOUNT);
        assertThat(names("timelinesai:wabaChats/list?closed=false")).hasSize(4)
                .doesNotContain(WabaSeeder.CHAT_DISABLED_ACCOUNT);
        assertThat(names("timelinesai:wabaChats/list?whatsappPhone=+15551230002"))
                .containsExactly(WabaSeeder.CHAT_CLOSED_WINDOW);
        assertThat(names("timelinesai:wabaChats/list?whatsappPhone=+15551230002", TimelinesAiConstants.PHONE,
                "+4915112340001")).containsExactly(WabaSeeder.CHAT_EU);
        assertThat(names("timelinesai:wabaChats/list?phone=+15551230001")).containsExactly(WabaSeeder.CHAT_OPEN);

        WabaChat plain = chat(WabaSeeder.CHAT_OPEN);
        assertThat(plain.lastMessage()).isNull();
        WabaChat withMessage = ok("timelinesai:wabaChats/list?withLastMessage=true&whatsappPhone=+15551230001", null)
                .getMessage().getBody(WabaChatPage.class).chats().get(0);
        assertThat(withMessage.lastMessage()).isNotNull();
        assertThat(withMessage.lastMessage().uid()).isEqualTo(withMessage.lastMessageUid());
        assertNoContractViolations();
    }

    @Test
    void filtersTheWabaListLacksAreRefusedNotIgnored() {
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:wabaChats/list?name=Dana&createdAfter=2024-01-01"))
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name, createdAfter")
                .hasMessageContaining("GET /waba/chats");
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:wabaChats/list?label=lead"))
                .rootCause().hasMessageContaining("label");
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:wabaChats/list?whatsappAccountId=x"))
                .rootCause().hasMessageContaining("use wabaAccountId");
        assertThat(call("timelinesai:wabaChats/list", null, TimelinesAiConstants.WABA_ACCOUNT_ID, "acme").getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(TimelinesAiConstants.WABA_ACCOUNT_ID);
        assertThat(simulator().admin().stats().requests()).isZero();
    }

    @Test
    void pagesFiftyAtATimeAndFollowsPages() {
        for (int i = 0; i < 50; i++) {
            simulator().admin().waba().inbound(WabaSeeder.ACCOUNT_EU, "+4915112349" + String.format("%03d", i),
                    "Contact " + i, "Hello " + i);
        }
        Exchange first = ok("timelinesai:wabaChats/list", null);
        assertThat(first.getMessage().getBody(WabaChatPage.class).chats()).hasSize(50);
        assertThat(first.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(true);

        Exchange second = ok("timelinesai:wabaChats/list", null, TimelinesAiConstants.PAGE, 2);
        assertThat(second.getMessage().getBody(WabaChatPage.class).chats()).hasSize(5);
        assertThat(second.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(false);

        Exchange all = ok("timelinesai:wabaChats/list?followPages=true", null);
        WabaChatPage page = all.getMessage().getBody(WabaChatPage.class);
        assertThat(page.chats()).hasSize(55).extracting(WabaChat::id).doesNotHaveDuplicates();
        assertThat(page.hasMorePages()).isFalse();
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.PAGES_READ)).isEqualTo(2);
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.RESULT_COUNT)).isEqualTo(55);

        Exchange capped = ok("timelinesai:wabaChats/list?followPages=true&maxPages=1&wabaAccountId=4031", null);
        assertThat(capped.getMessage().getBody(WabaChatPage.class).chats()).hasSize(50);
        assertThat(capped.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(true);
        assertThat(capped.getMessage().getHeader(TimelinesAiConstants.PAGES_READ)).isEqualTo(1);
        assertNoContractViolations();
    }

    @Test
    void getsAChatWithItsServiceWindow() {
        long id = chat(WabaSeeder.CHAT_OPEN).id();
        WabaChat open = ok("timelinesai:wabaChats/get?chatId=" + id, null).getMessage().getBody(WabaChat.class);
        assertThat(open.canSendFreeText()).isTrue();
        assertThat(open.serviceWindowExpiry()).isNotNull();
        assertThat(open.wabaAccountId()).isEqualTo(WabaSeeder.ACCOUNT_ACTIVE);

        long never = chat(WabaSeeder.CHAT_NO_INBOUND).id();
        WabaChat unknown = ok("timelinesai:wabaChats/get", never).getMessage().getBody(WabaChat.class);
        assertThat(unknown.serviceWindowIsOpen()).isNull();
        assertThat(unknown.labels()).containsExactly("lead");
        assertNoContractViolations();
    }

    @Test
    void updatesFromOptionsOrAWabaChatUpdateBody() {
        long id = chat(WabaSeeder.CHAT_OPEN).id();
        WabaChat closed = ok("timelinesai:wabaChats/update?newClosed=true&newRead=false", null,
                TimelinesAiConstants.CHAT_ID, id).getMessage().getBody(WabaChat.class);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.read()).isFalse();

        WabaChat assigned = ok("timelinesai:wabaChats/update?chatId=" + id,
                new WabaChatUpdate("Dana W.", "carol@acme.example", false, true)).getMessage().getBody(WabaChat.class);
        assertThat(assigned.name()).isEqualTo("Dana W.");
        assertThat(assigned.responsibleEmail()).isEqualTo("carol@acme.example");
        assertThat(assigned.closed()).isFalse();

        WabaChat unassigned = ok("timelinesai:wabaChats/update?chatId=" + id, WabaChatUpdate.unassign())
                .getMessage().getBody(WabaChat.class);
        assertThat(unassigned.responsibleEmail()).isNull();
        assertThat(simulator().state().waba().chat(id).orElseThrow().chat().name()).isEqualTo("Dana W.");
        assertNoContractViolations();
    }

    @Test
    void updateErrorsNameWhatIsWrong() {
        long id = chat(WabaSeeder.CHAT_OPEN).id();
        assertThat(call("timelinesai:wabaChats/update?chatId=" + id, null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newName");
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:wabaChats/update?newChatgptAutoresponseEnabled=true"))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("newChatgptAutoresponseEnabled");
        assertThat(call("timelinesai:wabaChats/update?newResponsible=nobody@acme.example&chatId=" + id, null)
                .getException()).isInstanceOfSatisfying(TimelinesAiException.class, e -> {
                    assertThat(e.getHttpStatus()).isBetween(400, 499);
                    assertThat(e.getErrorCode()).isNotBlank();
                });
    }

    @Test
    void anUnknownOrQrChatIsATyped404() {
        long qrChat = simulator().state().chats().get(0).id();
        for (long id : new long[] {99999999L, qrChat}) {
            assertThat(call("timelinesai:wabaChats/get?chatId=" + id, null).getException())
                    .isInstanceOfSatisfying(TimelinesAiNotFoundException.class, e -> {
                        assertThat(e.getHttpStatus()).isEqualTo(404);
                        assertThat(e.getErrorCode()).isEqualTo("not_found");
                        assertThat(e.getApiMessage()).isNotBlank();
                    });
        }
        assertThat(call("timelinesai:wabaChats/get", null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chatId");
    }
}
