package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.ChatPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** labels/* against the simulator: PUT adds, POST replaces, remove reads then writes back the rest. */
class LabelsOperationsTest extends TimelinesAiTestSupport {

    private long chatId() {
        ChatInfo chat = ok("timelinesai:chats/list?name=Customer%20005", null).getMessage().getBody(ChatPage.class)
                .chats().get(0);
        assertThat(chat.labels()).containsExactly("vip");
        return chat.id();
    }

    @SuppressWarnings("unchecked")
    private List<String> labels(String uri, Object body, long chatId, Object... headers) {
        Object[] all = new Object[headers.length + 2];
        all[0] = TimelinesAiConstants.CHAT_ID;
        all[1] = chatId;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return ok(uri, body, all).getMessage().getBody(List.class);
    }

    @Test
    void addReplaceRemoveAndList() {
        long chatId = chatId();
        assertThat(labels("timelinesai:labels/list", null, chatId)).containsExactly("vip");
        assertThat(labels("timelinesai:labels/add", null, chatId, TimelinesAiConstants.LABELS, List.of("lead", "2026")))
                .containsExactlyInAnyOrder("vip", "lead", "2026");
        assertThat(labels("timelinesai:labels/remove", "2026,vip", chatId)).containsExactly("lead");
        assertThat(labels("timelinesai:labels/replace?labels=gold,silver", null, chatId))
                .containsExactlyInAnyOrder("gold", "silver");
        assertThat(labels("timelinesai:labels/remove?labels=bronze", null, chatId))
                .containsExactlyInAnyOrder("gold", "silver");
        assertThat(labels("timelinesai:labels/list", null, chatId)).containsExactlyInAnyOrder("gold", "silver");
        assertNoContractViolations();
    }

    @Test
    void errors() {
        assertThat(call("timelinesai:labels/list?chatId=99999999", null).getException())
                .isInstanceOf(TimelinesAiNotFoundException.class);
        long chatId = chatId();
        assertThat(call("timelinesai:labels/add?chatId=" + chatId, "x".repeat(65)).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
        assertThat(call("timelinesai:labels/add?chatId=" + chatId, null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels");
    }
}
