package dev.seed.camel.timelinesai.operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiChatListOptions;
import dev.seed.camel.timelinesai.TimelinesAiChatUpdateOptions;
import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.api.WabaChatsApi;
import dev.seed.camel.timelinesai.model.waba.WabaChat;
import dev.seed.camel.timelinesai.model.waba.WabaChatPage;
import dev.seed.camel.timelinesai.model.waba.WabaChatUpdate;
import dev.seed.camel.timelinesai.model.waba.WabaMessage;
import dev.seed.camel.timelinesai.model.waba.WabaMessagePage;

/** The operations of the wabaChats and wabaLabels API groups (WhatsApp Business Platform). */
final class WabaChatOperations {
    private static final PageNumberReader<WabaChatPage, WabaChat> CHAT_PAGES = new PageNumberReader<>(
            WabaChatPage::chats, WabaChatPage::hasMorePages, WabaChatPage::new);
    private static final PageNumberReader<WabaMessagePage, WabaMessage> MESSAGE_PAGES = new PageNumberReader<>(
            WabaMessagePage::messages, WabaMessagePage::hasMorePages, WabaMessagePage::new);

    private final TimelinesAiClient client;

    WabaChatOperations(TimelinesAiClient client) {
        this.client = client;
    }

    void invoke(TimelinesAiOperation operation, Params p) {
        WabaChatsApi chats = client.wabaChats();
        switch (operation) {
            case WABA_CHATS_LIST -> {
                Map<String, Object> q = listFilters(p);
                CHAT_PAGES.read(p, page -> chats.list(q, page));
            }
            case WABA_CHATS_GET -> p.setBody(chats.get(ChatOperations.chatId(p)));
            case WABA_CHATS_UPDATE -> update(p);
            case WABA_CHATS_MESSAGES -> {
                long chatId = ChatOperations.chatId(p);
                Map<String, Object> q = messageFilters(p.config().getChatListOptions());
                MESSAGE_PAGES.read(p, page -> chats.messages(chatId, q, page));
            }
            case WABA_LABELS_LIST -> labels(p, chats.labels(ChatOperations.chatId(p)));
            case WABA_LABELS_ADD -> labels(p, chats.addLabels(ChatOperations.chatId(p), LabelOperations.labels(p)));
            case WABA_LABELS_REPLACE ->
                    labels(p, chats.replaceLabels(ChatOperations.chatId(p), LabelOperations.labels(p)));
            default -> throw new IllegalStateException("Not a wabaChats or wabaLabels operation: " + operation);
        }
    }

    /** The query of {@code GET /waba/chats} (the endpoint refuses the chats/list filters it lacks). */
    private static Map<String, Object> listFilters(Params p) {
        TimelinesAiConfiguration c = p.config();
        TimelinesAiChatListOptions o = c.getChatListOptions();
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("waba_account_id", WabaAccountOperations.accountIds(p));
        q.put("responsible", o.getResponsible());
        q.put("closed", o.getClosed());
        // the one contact-phone filter: the header, else whatsappPhone, else phone
        q.put("whatsapp_phone", p.string(TimelinesAiConstants.PHONE, o.getWhatsappPhone() != null
                ? o.getWhatsappPhone() : c.getMessageOptions().getPhone()));
        q.put("with_msg", o.getWithLastMessage());
        q.values().removeIf(v -> v == null);
        return q;
    }

    private static Map<String, Object> messageFilters(TimelinesAiChatListOptions o) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("from_me", o.getFromMe());
        q.put("after", o.getAfter());
        q.put("before", o.getBefore());
        q.put("after_message", o.getAfterMessage());
        q.put("before_message", o.getBeforeMessage());
        q.put("sorting_order", o.getSortingOrder());
        q.put("size", o.getPageSize());
        q.values().removeIf(v -> v == null);
        return q;
    }

    private void update(Params p) {
        long chatId = ChatOperations.chatId(p);
        WabaChatUpdate update;
        if (p.body() instanceof WabaChatUpdate u) {
            update = u;
        } else {
            // the endpoint refuses newChatgptAutoresponseEnabled: PATCH /waba/chats/{id} has no such field
            TimelinesAiChatUpdateOptions o = p.config().getChatUpdateOptions();
            update = new WabaChatUpdate(o.getNewName(), o.getNewResponsible(), o.getNewClosed(), o.getNewRead());
        }
        if (update.name() == null && update.responsible() == null && update.closed() == null && update.read() == null) {
            throw new IllegalArgumentException("wabaChats/update needs a WabaChatUpdate body or at least one of the "
                    + "options newName, newResponsible, newClosed, newRead");
        }
        p.setBody(client.wabaChats().update(chatId, update));
    }

    private static void labels(Params p, List<String> labels) {
        p.setBody(labels);
        p.setHeader(TimelinesAiConstants.RESULT_COUNT, labels.size());
    }
}
