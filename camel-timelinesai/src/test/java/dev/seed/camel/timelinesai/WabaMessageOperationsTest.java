package dev.seed.camel.timelinesai;

import java.util.List;

import dev.seed.camel.timelinesai.model.MessageStatus;
import dev.seed.camel.timelinesai.model.Reactions;
import dev.seed.camel.timelinesai.model.waba.WabaMessage;
import dev.seed.camel.timelinesai.model.waba.WabaReaction;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** wabaMessages/get, statusHistory, reactions, react and awaitStatus against the simulator. */
class WabaMessageOperationsTest extends WabaProducerTestSupport {

    private String sendToDana(String text) {
        return ok("timelinesai:wabaMessages/send?chatId=" + chat(WabaSeeder.CHAT_OPEN), text).getMessage()
                .getHeader(TimelinesAiConstants.MESSAGE_UID, String.class);
    }

    @SuppressWarnings("unchecked")
    private List<MessageStatus> history(String uid) {
        return ok("timelinesai:wabaMessages/statusHistory", uid).getMessage().getBody(List.class);
    }

    @Test
    void getsAMessageByBodyOrHeader() {
        String uid = sendToDana("Hello Dana");
        WabaMessage byBody = ok("timelinesai:wabaMessages/get", uid).getMessage().getBody(WabaMessage.class);
        assertThat(byBody.uid()).isEqualTo(uid);
        assertThat(byBody.text()).isEqualTo("Hello Dana");
        WabaMessage byHeader = ok("timelinesai:wabaMessages/get", null, TimelinesAiConstants.MESSAGE_UID, uid)
                .getMessage().getBody(WabaMessage.class);
        assertThat(byHeader.chatId()).isEqualTo(chat(WabaSeeder.CHAT_OPEN));
        assertNoWabaContractViolations();
    }

    @Test
    void anUnknownUidIsNotFound() {
        Exchange exchange = call("timelinesai:wabaMessages/get", "no-such-message");
        assertThat(exchange.getException()).isInstanceOf(TimelinesAiNotFoundException.class);
    }

    @Test
    void statusHistoryGrowsToDelivered() {
        String uid = sendToDana("Tracked");
        await().untilAsserted(() -> assertThat(history(uid)).extracting(MessageStatus::status).contains("Delivered"));
        Exchange exchange = ok("timelinesai:wabaMessages/statusHistory", uid);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.RESULT_COUNT, Integer.class))
                .isEqualTo(history(uid).size());
        assertNoWabaContractViolations();
    }

    @Test
    void awaitStatusReachesDelivered() {
        String uid = sendToDana("Waiting for it");
        Exchange exchange = ok("timelinesai:wabaMessages/awaitStatus?pollInterval=50&awaitTimeout=20000", null,
                TimelinesAiConstants.MESSAGE_UID, uid);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.MESSAGE_STATUS)).isEqualTo("Delivered");
        assertThat(exchange.getMessage().getBody(MessageStatus.class).status()).isEqualTo("Delivered");
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)).isEqualTo(uid);
    }

    @Test
    void awaitStatusReachesReadOnceTheContactReads() {
        String uid = sendToDana("Please read");
        await().untilAsserted(() -> assertThat(history(uid)).extracting(MessageStatus::status).contains("Delivered"));
        simulator().admin().waba().markRead(uid);
        Exchange exchange = ok("timelinesai:wabaMessages/awaitStatus?expectedStatus=Read&pollInterval=50", uid);
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.MESSAGE_STATUS)).isEqualTo("Read");
    }

    @Test
    void awaitStatusEndsWithTheFailureMetaGave() {
        String undeliverable = "+9995550100";
        String uid = ok("timelinesai:wabaMessages/send?wabaAccountId=" + ACCOUNT + "&phone=" + undeliverable
                + "&wabaTemplateName=hello_world&wabaTemplateLanguage=en_US", null).getMessage()
                .getHeader(TimelinesAiConstants.MESSAGE_UID, String.class);
        Exchange exchange = call("timelinesai:wabaMessages/awaitStatus?pollInterval=50&awaitTimeout=20000", uid);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiMessageFailedException.class, e -> {
            assertThat(e.getMessageUid()).isEqualTo(uid);
            assertThat(e).hasMessageContaining("Message undeliverable");
        });
    }

    @Test
    void reactsClearsAndReadsReactions() {
        String uid = sendToDana("React to me");
        Exchange set = ok("timelinesai:wabaMessages/react?reaction=👍", null, TimelinesAiConstants.MESSAGE_UID, uid);
        assertThat(set.getMessage().getBody(String.class)).isEqualTo(uid);
        Reactions reactions = ok("timelinesai:wabaMessages/reactions", uid).getMessage().getBody(Reactions.class);
        assertThat(reactions.reactions()).containsEntry("👍", 1);

        ok("timelinesai:wabaMessages/react", "🎉", TimelinesAiConstants.MESSAGE_UID, uid);
        assertThat(ok("timelinesai:wabaMessages/reactions", uid).getMessage().getBody(Reactions.class).reactions())
                .containsOnlyKeys("🎉");

        ok("timelinesai:wabaMessages/react", WabaReaction.clear(), TimelinesAiConstants.MESSAGE_UID, uid);
        assertThat(ok("timelinesai:wabaMessages/reactions", uid).getMessage().getBody(Reactions.class).total())
                .isZero();
        ok("timelinesai:wabaMessages/react", WabaReaction.set("❤️"), TimelinesAiConstants.MESSAGE_UID, uid);
        ok("timelinesai:wabaMessages/react", null, TimelinesAiConstants.MESSAGE_UID, uid,
                TimelinesAiConstants.REACTION, "");
        assertThat(ok("timelinesai:wabaMessages/reactions", uid).getMessage().getBody(Reactions.class).total())
                .isZero();
        assertNoWabaContractViolations();
    }

    @Test
    void aReactionWithAnInactiveAccountIsTheTypedConflict() {
        String uid = sendToDana("Before the account is disabled");
        simulator().admin().waba().setAccountStatus(ACCOUNT, "disabled");
        Exchange exchange = call("timelinesai:wabaMessages/react?reaction=👍", uid);
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(409);
            assertThat(e.getErrorCode()).isEqualTo("account_inactive");
        });
    }

    @Test
    void reactWithoutAReactionNamesTheOptions() {
        Exchange exchange = call("timelinesai:wabaMessages/react", "some-uid");
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reaction");
    }
}
