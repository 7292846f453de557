package dev.seed.camel.timelinesai;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.ChatPage;
import dev.seed.camel.timelinesai.model.FileInfo;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.model.MessagePage;
import dev.seed.camel.timelinesai.model.OutgoingMessage;
import dev.seed.camel.timelinesai.model.Reactions;
import dev.seed.camel.timelinesai.simulator.Seeder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** messages/* against the simulator: every send route, attachments, reading, reactions and the error paths. */
class MessagesOperationsTest extends TimelinesAiTestSupport {

    private static final String CUSTOMER = "+14155552001";

    private ChatInfo customerChat() {
        ChatPage page = ok("timelinesai:chats/list", null, TimelinesAiConstants.PHONE, CUSTOMER).getMessage()
                .getBody(ChatPage.class);
        assertThat(page.chats()).hasSize(1);
        return page.chats().get(0);
    }

    private MessageInfo message(String uid) {
        return ok("timelinesai:messages/get", uid).getMessage().getBody(MessageInfo.class);
    }

    @Test
    void sendsTextToAPhone() {
        Exchange exchange = ok("timelinesai:messages/send?phone=+14155559876&label=camel", "Hello from Camel 👋");
        String uid = exchange.getMessage().getBody(String.class);
        assertThat(uid).isNotBlank();
        assertThat(exchange.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID)).isEqualTo(uid);
        MessageInfo sent = message(uid);
        assertThat(sent.text()).isEqualTo("Hello from Camel 👋");
        assertThat(sent.fromMe()).isTrue();
        assertThat(sent.recipientPhone()).isEqualTo("+14155559876");
        assertThat(sent.senderPhone()).isEqualTo(Seeder.ACCOUNT_PHONES.get(0));
        ChatInfo chat = ok("timelinesai:chats/get", sent.chatId()).getMessage().getBody(ChatInfo.class);
        assertThat(chat.labels()).contains("camel");
        assertNoContractViolations();
    }

    @Test
    void sendsFromAChosenAccountToAJid() {
        String sender = Seeder.ACCOUNT_PHONES.get(2);
        String uid = ok("timelinesai:messages/send", "Hallo", TimelinesAiConstants.JID, "4915112340000@s.whatsapp.net",
                TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, sender).getMessage().getBody(String.class);
        assertThat(message(uid).senderPhone()).isEqualTo(sender);
        assertNoContractViolations();
    }

    @Test
    void repliesInAChatByHeader() {
        ChatInfo chat = customerChat();
        MessagePage history = ok("timelinesai:chats/messages", null, TimelinesAiConstants.CHAT_ID, chat.id())
                .getMessage().getBody(MessagePage.class);
        String quoted = history.messages().get(0).uid();
        String uid = ok("timelinesai:messages/send", "Re: your question", TimelinesAiConstants.CHAT_ID, chat.id(),
                TimelinesAiConstants.REPLY_TO, quoted).getMessage().getBody(String.class);
        MessageInfo sent = message(uid);
        assertThat(sent.chatId()).isEqualTo(chat.id());
        assertThat(sent.text()).isEqualTo("Re: your question");
        assertNoContractViolations();
    }

    @Test
    void headersOverrideTheEndpointTarget() {
        ChatInfo chat = customerChat();
        String uid = ok("timelinesai:messages/send?phone=+14155550999", "to the chat instead",
                TimelinesAiConstants.CHAT_ID, chat.id()).getMessage().getBody(String.class);
        assertThat(message(uid).chatId()).isEqualTo(chat.id());
    }

    @Test
    void recordBodyGivesFullControl() {
        ChatInfo chat = customerChat();
        OutgoingMessage body = new OutgoingMessage(chat.id(), null, null, null, "From a record", null, "record-label",
                null, null, null);
        String uid = ok("timelinesai:messages/send", body).getMessage().getBody(String.class);
        assertThat(message(uid).text()).isEqualTo("From a record");
        assertThat(ok("timelinesai:chats/get", chat.id()).getMessage().getBody(ChatInfo.class).labels())
                .contains("record-label");
        String toPhone = ok("timelinesai:messages/send", OutgoingMessage.toPhone("+14155553333", "Hi")).getMessage()
                .getBody(String.class);
        assertThat(message(toPhone).recipientPhone()).isEqualTo("+14155553333");
        assertNoContractViolations();
    }

    @Test
    void bytesBodyIsUploadedThenSentWithText() {
        byte[] pdf = "%PDF-1.4 fake invoice".getBytes(StandardCharsets.UTF_8);
        Exchange exchange = ok("timelinesai:messages/send?phone=+14155554444&fileName=invoice.pdf"
                + "&contentType=application/pdf", pdf, TimelinesAiConstants.TEXT, "Your invoice");
        String fileUid = exchange.getMessage().getHeader(TimelinesAiConstants.FILE_UID, String.class);
        assertThat(fileUid).isNotBlank();
        FileInfo uploaded = ok("timelinesai:files/get", fileUid).getMessage().getBody(FileInfo.class);
        assertThat(uploaded.filename()).isEqualTo("invoice.pdf");
        MessageInfo sent = message(exchange.getMessage().getBody(String.class));
        assertThat(sent.hasAttachment()).isTrue();
        assertThat(sent.text()).isEqualTo("Your invoice");
        assertNoContractViolations();
    }

    @Test
    void fileBodyToAChatIsSentAsFileMessage(@TempDir Path dir) throws Exception {
        ChatInfo chat = customerChat();
        Path file = Files.writeString(dir.resolve("terms.txt"), "Terms and conditions");
        String uid = ok("timelinesai:messages/send?chatId=" + chat.id(), file.toFile(), TimelinesAiConstants.TEXT,
                "Please read").getMessage().getBody(String.class);
        MessageInfo sent = message(uid);
        assertThat(sent.hasAttachment()).isTrue();
        assertThat(sent.attachmentFilename()).isEqualTo("terms.txt");
        assertNoContractViolations();
    }

    @Test
    void fileUrlAndFileUidAttachExistingFiles() {
        FileInfo stored = ok("timelinesai:files/upload?fileName=logo.png&contentType=image/png",
                new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 }).getMessage().getBody(FileInfo.class);
        String byUid = ok("timelinesai:messages/send?phone=+14155555555&fileUid=" + stored.uid(), null).getMessage()
                .getBody(String.class);
        assertThat(message(byUid).hasAttachment()).isTrue();
        Exchange byUrl = ok("timelinesai:messages/send?phone=+14155555555", "Logo", TimelinesAiConstants.FILE_URL,
                stored.temporaryDownloadUrl());
        assertThat(byUrl.getMessage().getHeader(TimelinesAiConstants.FILE_UID)).isNotEqualTo(stored.uid());
        assertThat(message(byUrl.getMessage().getBody(String.class)).hasAttachment()).isTrue();
        assertNoContractViolations();
    }

    @Test
    void sendsAVoiceNote() {
        ChatInfo chat = customerChat();
        byte[] ogg = "OggS fake voice".getBytes(StandardCharsets.US_ASCII);
        String uid = ok("timelinesai:messages/sendVoice?fileName=note.ogg&contentType=audio/ogg", ogg,
                TimelinesAiConstants.CHAT_ID, chat.id()).getMessage().getBody(String.class);
        assertThat(message(uid).hasAttachment()).isTrue();
        assertNoContractViolations();
    }

    @Test
    void sendsToAChatNameThroughTheDeprecatedRoute() {
        ChatInfo chat = customerChat();
        String uid = ok("timelinesai:messages/send?chatName=" + chat.name().replace(" ", "%20"), "By name")
                .getMessage().getBody(String.class);
        assertThat(message(uid).chatId()).isEqualTo(chat.id());
    }

    @Test
    void membershipScopedSendsUseV2() {
        String uid = ok("timelinesai:messages/send?membershipScoped=true&phone=+14155556666", "v2").getMessage()
                .getBody(String.class);
        assertThat(message(uid).text()).isEqualTo("v2");
        ChatInfo chat = customerChat();
        String intoChat = ok("timelinesai:messages/send?membershipScoped=true", "v2 chat", TimelinesAiConstants.CHAT_ID,
                chat.id()).getMessage().getBody(String.class);
        assertThat(message(intoChat).chatId()).isEqualTo(chat.id());
        assertNoContractViolations();
    }

    @Test
    void readsStatusHistoryAndReactions() {
        ChatInfo chat = customerChat();
        String uid = ok("timelinesai:messages/send", "React to me", TimelinesAiConstants.CHAT_ID, chat.id())
                .getMessage().getBody(String.class);
        List<?> history = ok("timelinesai:messages/statusHistory", uid).getMessage().getBody(List.class);
        assertThat(history).isNotNull();
        assertThat(ok("timelinesai:messages/react?reaction=👍", uid).getMessage().getBody()).isEqualTo(uid);
        Reactions reactions = ok("timelinesai:messages/reactions", null, TimelinesAiConstants.MESSAGE_UID, uid)
                .getMessage().getBody(Reactions.class);
        assertThat(reactions.total()).isEqualTo(1);
        assertThat(reactions.users()).singleElement().satisfies(u -> {
            assertThat(u.reaction()).isEqualTo("👍");
            assertThat(u.current()).isTrue();
        });
        ok("timelinesai:messages/react", "", TimelinesAiConstants.MESSAGE_UID, uid);
        assertThat(ok("timelinesai:messages/reactions", uid).getMessage().getBody(Reactions.class).total()).isZero();
        assertNoContractViolations();
    }

    @Test
    void wrongPhoneIsAValidationError() {
        Exchange exchange = call("timelinesai:messages/send?phone=not-a-phone", "Hi");
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiValidationException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(400);
            assertThat(e.getApiMessage()).contains("not-a-phone");
        });
    }

    @Test
    void unknownChatAndMessageAreNotFound() {
        assertThat(call("timelinesai:messages/send?chatId=99999999", "Hi").getException())
                .isInstanceOfSatisfying(TimelinesAiNotFoundException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(404));
        assertThat(call("timelinesai:messages/get", "00000000-0000-0000-0000-000000000000").getException())
                .isInstanceOf(TimelinesAiNotFoundException.class);
        assertThat(call("timelinesai:messages/statusHistory", "00000000-0000-0000-0000-000000000000").getException())
                .isInstanceOf(TimelinesAiNotFoundException.class);
    }

    @Test
    void exhaustedMessagingQuotaIsAQuotaError() {
        var quota = simulator().state().workspace().messagingQuota();
        quota.setUsed(quota.total());
        Exchange exchange = call("timelinesai:messages/send?phone=+14155557777", "Hi");
        assertThat(exchange.getException()).isInstanceOfSatisfying(TimelinesAiQuotaExceededException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(403);
            assertThat(e.getErrorCode()).isEqualTo("quota_exceeded");
        });
    }

    @Test
    void missingTargetOrContentFailsWithoutACall() {
        assertThat(call("timelinesai:messages/send", "Hi").getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
        assertThat(call("timelinesai:messages/send?phone=+14155557777", null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        assertThat(call("timelinesai:messages/send", "Hi", TimelinesAiConstants.PHONE, "+1415555", TimelinesAiConstants.JID,
                "1@g.us").getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targets");
    }

    @Test
    void membershipScopedRefusesJidAndChatNameTargetsFromHeadersAndBodiesAsFromOptions() {
        long before = simulator().admin().stats().requests();
        String scoped = "timelinesai:messages/send?membershipScoped=true";

        Exchange jidHeader = call(scoped, "hi", TimelinesAiConstants.JID, "14155550100@s.whatsapp.net");
        Exchange nameHeader = call(scoped, "hi", TimelinesAiConstants.CHAT_NAME, "Team");
        Exchange jidBody = call(scoped, OutgoingMessage.toJid("14155550100@s.whatsapp.net", "hi"));
        Exchange replyToHeader = call("timelinesai:messages/send?phone=+14155550100", "hi",
                TimelinesAiConstants.REPLY_TO, "some-uid");

        for (Exchange refused : new Exchange[] {jidHeader, nameHeader, jidBody}) {
            assertThat(refused.getException()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("membershipScoped");
        }
        assertThat(replyToHeader.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replyTo");
        assertThat(simulator().admin().stats().requests()).as("nothing was sent").isEqualTo(before);
    }
}
