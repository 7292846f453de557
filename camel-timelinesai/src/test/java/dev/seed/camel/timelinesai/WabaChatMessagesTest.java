package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.model.waba.WabaMessage;
import dev.seed.camel.timelinesai.model.waba.WabaMessagePage;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** wabaChats/messages: each filter of GET /waba/chats/{id}/messages, its pages and followPages. */
class WabaChatMessagesTest extends TimelinesAiTestSupport {

    private long chatId(String name) {
        return simulator().state().waba().chatByName(name).orElseThrow().id();
    }

    private List<WabaMessage> messages(String uri, long chatId) {
        return ok(uri, null, TimelinesAiConstants.CHAT_ID, chatId).getMessage().getBody(WabaMessagePage.class)
                .messages();
    }

    @Test
    void readsTheHistoryWithEachFilter() {
        long dana = chatId(WabaSeeder.CHAT_OPEN);
        List<WabaMessage> all = messages("timelinesai:wabaChats/messages", dana);
        assertThat(all).hasSize(2);
        // newest first by default
        assertThat(all.get(0).fromMe()).isTrue();
        assertThat(all.get(1).text()).contains("A-1027");

        assertThat(messages("timelinesai:wabaChats/messages?sortingOrder=asc", dana)).extracting(WabaMessage::uid)
                .containsExactly(all.get(1).uid(), all.get(0).uid());
        assertThat(messages("timelinesai:wabaChats/messages?fromMe=true", dana)).extracting(WabaMessage::uid)
                .containsExactly(all.get(0).uid());
        assertThat(messages("timelinesai:wabaChats/messages?fromMe=false", dana)).extracting(WabaMessage::uid)
                .containsExactly(all.get(1).uid());
        assertThat(messages("timelinesai:wabaChats/messages?afterMessage=" + all.get(1).uid(), dana))
                .extracting(WabaMessage::uid).containsExactly(all.get(0).uid());
        assertThat(messages("timelinesai:wabaChats/messages?beforeMessage=" + all.get(0).uid(), dana))
                .extracting(WabaMessage::uid).containsExactly(all.get(1).uid());
        assertThat(messages("timelinesai:wabaChats/messages?after=2000-01-01", dana)).hasSize(2);
        assertThat(messages("timelinesai:wabaChats/messages?before=2000-01-01", dana)).isEmpty();
        assertThat(messages("timelinesai:wabaChats/messages?after=2999-01-01", dana)).isEmpty();
        assertNoContractViolations();
    }

    @Test
    void pagesFiftyAtATimeAndFollowsPages() {
        long greta = chatId(WabaSeeder.CHAT_EU);
        for (int i = 0; i < 52; i++) {
            simulator().admin().waba().inboundToChat(greta, "Message " + i);
        }
        Exchange first = ok("timelinesai:wabaChats/messages?chatId=" + greta, null);
        assertThat(first.getMessage().getBody(WabaMessagePage.class).messages()).hasSize(50);
        assertThat(first.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(true);

        Exchange second = ok("timelinesai:wabaChats/messages?page=2&chatId=" + greta, null);
        assertThat(second.getMessage().getBody(WabaMessagePage.class).messages()).hasSize(3);
        assertThat(second.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(false);

        Exchange all = ok("timelinesai:wabaChats/messages?followPages=true&sortingOrder=asc", greta);
        WabaMessagePage page = all.getMessage().getBody(WabaMessagePage.class);
        assertThat(page.messages()).hasSize(53).extracting(WabaMessage::uid).doesNotHaveDuplicates();
        assertThat(page.messages().get(52).text()).isEqualTo("Message 51");
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.PAGES_READ)).isEqualTo(2);
        assertThat(all.getMessage().getHeader(TimelinesAiConstants.RESULT_COUNT)).isEqualTo(53);

        Exchange big = ok("timelinesai:wabaChats/messages?pageSize=500&chatId=" + greta, null);
        assertThat(big.getMessage().getBody(WabaMessagePage.class).messages()).hasSize(53);
        assertThat(big.getMessage().getHeader(TimelinesAiConstants.HAS_MORE_PAGES)).isEqualTo(false);
        Exchange small = ok("timelinesai:wabaChats/messages?pageSize=20&followPages=true&chatId=" + greta, null);
        assertThat(small.getMessage().getBody(WabaMessagePage.class).messages()).hasSize(53)
                .extracting(WabaMessage::uid).doesNotHaveDuplicates();
        assertThat(small.getMessage().getHeader(TimelinesAiConstants.PAGES_READ)).isEqualTo(3);
        assertNoContractViolations();
    }

    @Test
    void pageSizeIsCheckedWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:wabaChats/messages?pageSize=501"))
                .rootCause().hasMessageContaining("pageSize").hasMessageContaining("500");
        assertThatThrownBy(() -> context.getEndpoint("timelinesai:wabaChats/list?pageSize=20"))
                .rootCause().hasMessageContaining("pageSize applies only to wabaChats/messages");
    }

    @Test
    void aMissingChatIsNamedAndAnUnknownOneIsATyped404() {
        assertThat(call("timelinesai:wabaChats/messages", null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chatId");
        assertThat(call("timelinesai:wabaChats/messages?chatId=99999999", null).getException())
                .isInstanceOfSatisfying(TimelinesAiNotFoundException.class,
                        e -> assertThat(e.getHttpStatus()).isEqualTo(404));
        assertThat(call("timelinesai:wabaChats/messages?chatId=" + chatId(WabaSeeder.CHAT_EU), null,
                TimelinesAiConstants.PAGE, 0).getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TimelinesAiConstants.PAGE);
    }
}
