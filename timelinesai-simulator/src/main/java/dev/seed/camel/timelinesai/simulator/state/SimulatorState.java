package dev.seed.camel.timelinesai.simulator.state;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.seed.camel.timelinesai.simulator.events.SimulatorEvents;
import dev.seed.camel.timelinesai.simulator.waba.WabaState;

/**
 * Everything the simulated workspace holds. Collection access is synchronized; the HTTP handlers that
 * mutate records run on the simulator's single event loop, so a request sees a consistent workspace.
 */
public final class SimulatorState {

    /** Chats in the order the API lists them: most recent message first, then name. */
    public static final Comparator<Chat> CHAT_ORDER = Comparator
            .comparing((Chat c) -> c.lastMessageAt() == null ? Instant.EPOCH : c.lastMessageAt(), Comparator.reverseOrder())
            .thenComparing(Chat::name, String.CASE_INSENSITIVE_ORDER);

    private final Clock clock;
    private Workspace workspace;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Map<String, WhatsAppAccount> accounts = new LinkedHashMap<>();
    private final Map<Long, Chat> chats = new LinkedHashMap<>();
    private final Map<String, Message> messages = new LinkedHashMap<>();
    private final Map<Long, List<Message>> messagesByChat = new LinkedHashMap<>();
    private final Map<String, StoredFile> files = new LinkedHashMap<>();
    private final Map<Long, WebhookSubscription> webhooks = new LinkedHashMap<>();
    private final Map<Long, Teammate> teammates = new LinkedHashMap<>();
    private final Map<Long, TextTemplate> templates = new LinkedHashMap<>();
    private final AtomicLong chatIds = new AtomicLong(1_000_000);
    private final AtomicLong webhookIds = new AtomicLong(789_000);
    private final AtomicLong userIds = new AtomicLong(50_000);
    private final AtomicLong templateIds = new AtomicLong(300);
    private volatile SimulatorEvents events = SimulatorEvents.NONE;
    private final WabaState waba = new WabaState();

    public SimulatorState(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() { return clock; }
    public Instant now() { return clock.instant(); }
    public SimulatorEvents events() { return events; }
    public void setEvents(SimulatorEvents events) { this.events = events; }
    /** The WhatsApp Business Platform accounts, chats, messages and templates. */
    public WabaState waba() { return waba; }

    public synchronized Workspace workspace() { return workspace; }
    public synchronized void setWorkspace(Workspace workspace) { this.workspace = workspace; }

    // tokens ------------------------------------------------------------------------------------

    public boolean isValidToken(String token) { return token != null && tokens.contains(token); }
    public void addToken(String token) { tokens.add(token); }
    public void revokeToken(String token) { tokens.remove(token); }
    public Set<String> tokens() { return Set.copyOf(tokens); }

    // accounts ----------------------------------------------------------------------------------

    public synchronized void addAccount(WhatsAppAccount account) { accounts.put(account.id(), account); }
    public synchronized List<WhatsAppAccount> accounts() { return new ArrayList<>(accounts.values()); }
    public synchronized Optional<WhatsAppAccount> account(String id) { return Optional.ofNullable(accounts.get(id)); }

    public synchronized Optional<WhatsAppAccount> accountByPhone(String phone) {
        String digits = digits(phone);
        return accounts.values().stream().filter(a -> digits(a.phone()).equals(digits)).findFirst();
    }

    /** The account {@code POST /messages} uses when no sender is given: the most recently connected active one. */
    public synchronized Optional<WhatsAppAccount> defaultSender() {
        return accounts.values().stream().filter(WhatsAppAccount::isActive)
                .max(Comparator.comparing(WhatsAppAccount::connectedOn));
    }

    // chats -------------------------------------------------------------------------------------

    public long nextChatId() { return chatIds.incrementAndGet(); }

    /** Stores a new chat and fires the chat events. */
    public Chat addChat(Chat chat, boolean startedByContact) {
        synchronized (this) {
            chats.put(chat.id(), chat);
            messagesByChat.putIfAbsent(chat.id(), new ArrayList<>());
        }
        events.chatCreated(chat, startedByContact);
        return chat;
    }

    /** Stores a chat without firing events (seeding). */
    public synchronized void putChat(Chat chat) {
        chats.put(chat.id(), chat);
        messagesByChat.putIfAbsent(chat.id(), new ArrayList<>());
    }

    public synchronized Optional<Chat> chat(long id) { return Optional.ofNullable(chats.get(id)); }

    /** All chats in the API's list order. */
    public synchronized List<Chat> chats() {
        List<Chat> list = new ArrayList<>(chats.values());
        list.sort(CHAT_ORDER);
        return list;
    }

    public synchronized Optional<Chat> chatByJid(String accountId, String jid) {
        return chats.values().stream().filter(c -> c.accountId().equals(accountId) && c.jid().equals(jid)).findFirst();
    }

    public synchronized Optional<Chat> chatByName(String name) {
        return chats.values().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    // messages ----------------------------------------------------------------------------------

    public static String newUid() { return UUID.randomUUID().toString(); }

    /** Stores a message in its chat, moves the chat's last-message pointer and fires the message events. */
    public Message addMessage(Chat chat, Message message) {
        storeMessage(chat, message);
        events.messageCreated(chat, message);
        return message;
    }

    /** Stores a message without firing events (seeding, notes). */
    public synchronized void storeMessage(Chat chat, Message message) {
        messages.put(message.uid(), message);
        messagesByChat.computeIfAbsent(chat.id(), k -> new ArrayList<>()).add(message);
        if (chat.lastMessageAt() == null || !message.timestamp().isBefore(chat.lastMessageAt())) {
            chat.setLastMessage(message.uid(), message.timestamp());
        }
    }

    public synchronized Optional<Message> message(String uid) { return Optional.ofNullable(messages.get(uid)); }

    /** A chat's messages, oldest first. */
    public synchronized List<Message> messagesOf(long chatId) {
        List<Message> list = new ArrayList<>(messagesByChat.getOrDefault(chatId, List.of()));
        list.sort(Comparator.comparing(Message::timestamp));
        return list;
    }

    // files -------------------------------------------------------------------------------------

    public synchronized void addFile(StoredFile file) { files.put(file.uid(), file); }
    public synchronized Optional<StoredFile> file(String uid) { return Optional.ofNullable(files.get(uid)); }
    public synchronized List<StoredFile> files() { return new ArrayList<>(files.values()); }
    public synchronized boolean removeFile(String uid) { return files.remove(uid) != null; }

    // webhooks ----------------------------------------------------------------------------------

    public long nextWebhookId() { return webhookIds.incrementAndGet(); }
    public synchronized void putWebhook(WebhookSubscription webhook) { webhooks.put(webhook.id(), webhook); }

    /** Subscriptions that are not deleted, by id ascending. */
    public synchronized List<WebhookSubscription> webhooks() {
        return webhooks.values().stream().filter(w -> !w.deleted())
                .sorted(Comparator.comparingLong(WebhookSubscription::id)).toList();
    }

    /** Every subscription ever created, deleted ones included (create restores a deleted match). */
    public synchronized List<WebhookSubscription> allWebhooks() { return new ArrayList<>(webhooks.values()); }

    public synchronized Optional<WebhookSubscription> webhook(long id) {
        return Optional.ofNullable(webhooks.get(id)).filter(w -> !w.deleted());
    }

    /** Enabled subscriptions for one event type. */
    public synchronized List<WebhookSubscription> subscribers(String eventType) {
        return webhooks.values().stream().filter(w -> !w.deleted() && w.enabled() && w.eventType().equals(eventType))
                .sorted(Comparator.comparingLong(WebhookSubscription::id)).toList();
    }

    // teammates ---------------------------------------------------------------------------------

    public long nextUserId() { return userIds.incrementAndGet(); }
    public synchronized void putTeammate(Teammate teammate) { teammates.put(teammate.userId(), teammate); }
    public synchronized List<Teammate> teammates() { return new ArrayList<>(teammates.values()); }
    public synchronized Optional<Teammate> teammate(long userId) { return Optional.ofNullable(teammates.get(userId)); }
    public synchronized boolean removeTeammate(long userId) { return teammates.remove(userId) != null; }

    public synchronized Optional<Teammate> teammateByEmail(String email) {
        return teammates.values().stream().filter(t -> t.email().equalsIgnoreCase(email)).findFirst();
    }

    // templates ---------------------------------------------------------------------------------

    public long nextTemplateId() { return templateIds.incrementAndGet(); }
    public synchronized void putTemplate(TextTemplate template) { templates.put(template.id(), template); }
    public synchronized List<TextTemplate> templates() { return new ArrayList<>(templates.values()); }
    public synchronized Optional<TextTemplate> template(long id) { return Optional.ofNullable(templates.get(id)); }
    public synchronized boolean removeTemplate(long id) { return templates.remove(id) != null; }

    /** Drops everything; the seeder fills it again. */
    public synchronized void clear() {
        tokens.clear();
        accounts.clear();
        chats.clear();
        messages.clear();
        messagesByChat.clear();
        files.clear();
        webhooks.clear();
        teammates.clear();
        templates.clear();
        waba.clear();
        workspace = null;
    }

    /** The digits of a phone number, without {@code +}, spaces or punctuation. */
    public static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }
}
