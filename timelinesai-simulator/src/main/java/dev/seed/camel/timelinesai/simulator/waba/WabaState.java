package dev.seed.camel.timelinesai.simulator.waba;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.seed.camel.timelinesai.simulator.messaging.Phones;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;

/**
 * The WABA half of the workspace: profiles, phone-number accounts, their chats and messages, and the
 * templates. Kept apart from the QR chats and messages (the API keeps the two families on separate paths).
 * Access is synchronized.
 */
public final class WabaState {
    private final Map<String, WabaProfile> profiles = new LinkedHashMap<>();
    private final Map<Long, WabaAccount> accounts = new LinkedHashMap<>();
    private final Map<Long, WabaChat> chats = new LinkedHashMap<>();
    private final Map<String, WabaMessage> messages = new LinkedHashMap<>();
    private final Map<Long, List<WabaMessage>> messagesByChat = new LinkedHashMap<>();
    private final Map<Long, WabaTemplate> templates = new LinkedHashMap<>();

    // profiles and accounts ---------------------------------------------------------------------

    public synchronized void addProfile(WabaProfile profile) { profiles.put(profile.metaWabaId(), profile); }
    public synchronized Optional<WabaProfile> profile(String metaWabaId) { return Optional.ofNullable(profiles.get(metaWabaId)); }
    public synchronized void addAccount(WabaAccount account) { accounts.put(account.id(), account); }
    public synchronized List<WabaAccount> accounts() { return new ArrayList<>(accounts.values()); }
    public synchronized Optional<WabaAccount> account(long id) { return Optional.ofNullable(accounts.get(id)); }

    /** The ids of every account under one WABA profile, ascending. */
    public synchronized List<Long> accountIdsOf(String metaWabaId) {
        return accounts.values().stream().filter(a -> a.metaWabaId().equals(metaWabaId)).map(WabaAccount::id)
                .sorted().toList();
    }

    // chats -------------------------------------------------------------------------------------

    public synchronized void putChat(WabaChat chat) {
        chats.put(chat.id(), chat);
        messagesByChat.putIfAbsent(chat.id(), new ArrayList<>());
    }

    public synchronized Optional<WabaChat> chat(long id) { return Optional.ofNullable(chats.get(id)); }

    /** All WABA chats in the list order of the API: most recent message first, then name. */
    public synchronized List<WabaChat> chats() {
        List<WabaChat> list = new ArrayList<>(chats.values());
        list.sort(Comparator.comparing(WabaChat::chat, SimulatorState.CHAT_ORDER));
        return list;
    }

    /** The chat of one account with one contact number. */
    public synchronized Optional<WabaChat> chatWith(long wabaAccountId, String phone) {
        String digits = Phones.digits(phone);
        return chats.values().stream()
                .filter(c -> c.wabaAccountId() == wabaAccountId && Phones.digits(c.phone()).equals(digits)).findFirst();
    }

    public synchronized Optional<WabaChat> chatByName(String name) {
        return chats.values().stream().filter(c -> c.chat().name().equals(name)).findFirst();
    }

    // messages ----------------------------------------------------------------------------------

    /** Stores a message in its chat and moves the chat's last-message pointer. */
    public synchronized void storeMessage(WabaChat chat, WabaMessage message) {
        messages.put(message.uid(), message);
        messagesByChat.computeIfAbsent(chat.id(), k -> new ArrayList<>()).add(message);
        Instant at = message.message().timestamp();
        if (chat.chat().lastMessageAt() == null || !at.isBefore(chat.chat().lastMessageAt())) {
            chat.chat().setLastMessage(message.uid(), at);
        }
    }

    public synchronized Optional<WabaMessage> message(String uid) { return Optional.ofNullable(messages.get(uid)); }

    /** A chat's messages, oldest first. */
    public synchronized List<WabaMessage> messagesOf(long chatId) {
        List<WabaMessage> list = new ArrayList<>(messagesByChat.getOrDefault(chatId, List.of()));
        list.sort(Comparator.comparing(m -> m.message().timestamp()));
        return list;
    }

    /** Every message of one account, oldest first. */
    public synchronized List<WabaMessage> messagesOfAccount(long wabaAccountId) {
        return messages.values().stream().filter(m -> m.wabaAccountId() == wabaAccountId)
                .sorted(Comparator.comparing(m -> m.message().timestamp())).toList();
    }

    // templates ---------------------------------------------------------------------------------

    public synchronized void putTemplate(WabaTemplate template) { templates.put(template.id(), template); }
    public synchronized Optional<WabaTemplate> template(long id) { return Optional.ofNullable(templates.get(id)); }

    /** Every template, newest first (the API's order). */
    public synchronized List<WabaTemplate> templates() {
        List<WabaTemplate> list = new ArrayList<>(templates.values());
        list.sort(Comparator.comparing(WabaTemplate::createdAt).reversed().thenComparing(WabaTemplate::id));
        return list;
    }

    /** Drops everything; the seeder fills it again. */
    public synchronized void clear() {
        profiles.clear();
        accounts.clear();
        chats.clear();
        messages.clear();
        messagesByChat.clear();
        templates.clear();
    }
}
