package dev.seed.camel.timelinesai.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiAmbiguousSendException;
import dev.seed.camel.timelinesai.TimelinesAiChatUpdateOptions;
import dev.seed.camel.timelinesai.TimelinesAiConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.ChatPage;
import dev.seed.camel.timelinesai.model.ChatUpdate;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.model.MessagePage;
import dev.seed.camel.timelinesai.model.Note;

/** The {@code chats/*} operations, with paging over {@code has_more_pages}. */
public final class ChatOperations {
    private final TimelinesAiClient client;

    public ChatOperations(TimelinesAiClient client) {
        this.client = client;
    }

    void invoke(TimelinesAiOperation operation, Params p) {
        TimelinesAiConfiguration c = p.config();
        switch (operation) {
            case CHATS_LIST -> list(p, c);
            case CHATS_GET -> p.setBody(client.chats().get(chatId(p)));
            case CHATS_UPDATE -> update(p, c);
            case CHATS_MESSAGES -> messages(p, c);
            case CHATS_ADD_NOTE -> addNote(p, c);
            default -> throw new IllegalStateException("Not a chats operation: " + operation);
        }
    }

    static long chatId(Params p) {
        return p.requiredId(TimelinesAiConstants.CHAT_ID, p.config().getChatId(), "chatId");
    }

    private void list(Params p, TimelinesAiConfiguration c) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("label", p.string(TimelinesAiConstants.LABEL, c.getMessageOptions().getLabel()));
        q.put("whatsapp_account_id", c.getChatListOptions().getWhatsappAccountId());
        q.put("group", c.getChatListOptions().getGroup());
        q.put("responsible", c.getChatListOptions().getResponsible());
        q.put("name", c.getChatListOptions().getName());
        String phone = p.string(TimelinesAiConstants.PHONE, c.getMessageOptions().getPhone());
        if (phone != null && c.isMembershipScoped()) {
            throw new IllegalArgumentException("phone is not a filter of GET /v2/chats (membershipScoped); use "
                    + "whatsappPhone");
        }
        q.put("phone", phone);
        q.put("whatsapp_phone", c.getChatListOptions().getWhatsappPhone());
        q.put("read", c.getChatListOptions().getRead());
        q.put("closed", c.getChatListOptions().getClosed());
        q.put("chatgpt_autoresponse_enabled", c.getChatListOptions().getChatgptAutoresponseEnabled());
        q.put("created_after", c.getChatListOptions().getCreatedAfter());
        q.put("created_before", c.getChatListOptions().getCreatedBefore());
        q.put("with_msg", c.getChatListOptions().getWithLastMessage());
        q.values().removeIf(v -> v == null);
        int page = firstPage(p);
        List<ChatInfo> all = new ArrayList<>();
        ChatPage current;
        int read = 0;
        do {
            current = client.chats().list(q, page + read, c.isMembershipScoped());
            all.addAll(current.chats());
            read++;
        } while (c.getChatListOptions().isFollowPages() && current.hasMorePages()
                && read < c.getChatListOptions().getMaxPages());
        pageHeaders(p, current.hasMorePages(), read, all.size());
        p.setBody(read == 1 ? current : new ChatPage(current.hasMorePages(), all));
    }

    private void messages(Params p, TimelinesAiConfiguration c) {
        long chatId = chatId(p);
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("from_me", c.getChatListOptions().getFromMe());
        q.put("after", c.getChatListOptions().getAfter());
        q.put("before", c.getChatListOptions().getBefore());
        q.put("after_message", c.getChatListOptions().getAfterMessage());
        q.put("before_message", c.getChatListOptions().getBeforeMessage());
        q.put("sorting_order", c.getChatListOptions().getSortingOrder());
        q.values().removeIf(v -> v == null);
        if (p.exchange().getMessage().getHeader(TimelinesAiConstants.PAGE) != null) {
            throw new IllegalArgumentException("chats/messages has no page parameter in the TimelinesAI API: use "
                    + "followPages, or afterMessage/beforeMessage cursors");
        }
        boolean ascending = "asc".equals(c.getChatListOptions().getSortingOrder());
        List<MessageInfo> all = new ArrayList<>();
        MessagePage current;
        int read = 0;
        do {
            current = client.chats().messages(chatId, q, c.isMembershipScoped());
            all.addAll(current.messages());
            read++;
            if (!current.messages().isEmpty()) {
                // the next page continues after the last message seen, in the order asked for
                String last = current.messages().get(current.messages().size() - 1).uid();
                q.put(ascending ? "after_message" : "before_message", last);
            }
        } while (c.getChatListOptions().isFollowPages() && current.hasMorePages() && !current.messages().isEmpty()
                && read < c.getChatListOptions().getMaxPages());
        pageHeaders(p, current.hasMorePages(), read, all.size());
        p.setBody(read == 1 ? current : new MessagePage(current.hasMorePages(), all));
    }

    static int firstPage(Params p) {
        Integer page = p.intValue(TimelinesAiConstants.PAGE, p.config().getChatListOptions().getPage());
        if (page != null && page < 1) {
            throw new IllegalArgumentException("Header " + TimelinesAiConstants.PAGE + " must be at least 1, was " + page);
        }
        return page == null ? 1 : page;
    }

    static void pageHeaders(Params p, boolean hasMore, int pagesRead, int count) {
        p.setHeader(TimelinesAiConstants.HAS_MORE_PAGES, hasMore);
        p.setHeader(TimelinesAiConstants.PAGES_READ, pagesRead);
        p.setHeader(TimelinesAiConstants.RESULT_COUNT, count);
    }

    private void update(Params p, TimelinesAiConfiguration c) {
        long chatId = chatId(p);
        ChatUpdate update = p.body() instanceof ChatUpdate u ? u
                : newValues(c.getChatUpdateOptions());
        if (update.name() == null && update.responsible() == null && update.closed() == null && update.read() == null
                && update.chatgptAutoresponseEnabled() == null) {
            throw new IllegalArgumentException("chats/update needs a ChatUpdate body or at least one of the options "
                    + "newName, newResponsible, newClosed, newRead, newChatgptAutoresponseEnabled");
        }
        p.setBody(client.chats().update(chatId, update));
    }

    private static ChatUpdate newValues(TimelinesAiChatUpdateOptions o) {
        return new ChatUpdate(o.getNewName(), o.getNewResponsible(), o.getNewClosed(), o.getNewRead(),
                o.getNewChatgptAutoresponseEnabled());
    }

    private void addNote(Params p, TimelinesAiConfiguration c) {
        long chatId = chatId(p);
        Note note;
        if (p.body() instanceof Note n) {
            note = n;
        } else {
            String text = p.string(TimelinesAiConstants.TEXT, null);
            if (text == null && p.body() instanceof String s) {
                text = s;
            }
            if (text == null) {
                text = c.getText();
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("chats/addNote needs the note text: a String or Note body, the "
                        + "text option or the " + TimelinesAiConstants.TEXT + " header");
            }
            note = new Note(text, c.getChatUpdateOptions().getPrivateNote());
        }
        String uid;
        try {
            uid = client.chats().addNote(chatId, note);
        } catch (TimelinesAiAmbiguousSendException e) {
            throw e.about("notes of chat " + chatId, note.text());
        }
        p.setBody(uid);
        if (uid != null) {
            p.setHeader(TimelinesAiConstants.MESSAGE_UID, uid);
        }
    }
}
