package dev.seed.camel.timelinesai.consumer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.ChatPage;
import dev.seed.camel.timelinesai.model.Timestamps;

/**
 * The chats whose last message changed since the poll cursor, oldest change first, read from the chat list
 * (newest first) until the first chat older than the cursor time.
 *
 * @param complete whether the listing reached the unchanged chats within the page limit
 */
record ChangedChats(List<ChatInfo> chats, boolean complete) {

    /** Lists pages through {@code listPage} (1-based), at most {@code maxPages}. */
    static ChangedChats find(IntFunction<ChatPage> listPage, int maxPages, Instant watermark,
                             Map<Long, String> lastUids) {
        List<ChatInfo> changed = new ArrayList<>();
        boolean reachedOld = false;
        for (int page = 1; page <= maxPages && !reachedOld; page++) {
            ChatPage chats = listPage.apply(page);
            for (ChatInfo chat : chats) {
                Instant ts = lastMessageTime(chat);
                if (ts == null) {
                    continue;
                }
                if (ts.isBefore(watermark)) {
                    reachedOld = true;
                    break;
                }
                if (!Objects.equals(chat.lastMessageUid(), lastUids.get(chat.id()))) {
                    changed.add(chat);
                }
            }
            if (!chats.hasMorePages()) {
                reachedOld = true;
            }
        }
        // oldest change first; the API lists newest first, so reversing keeps ties (same second) in likely order
        Collections.reverse(changed);
        changed.sort(Comparator.comparing(ChangedChats::lastMessageTime));
        return new ChangedChats(changed, reachedOld);
    }

    /** The time of the chat's last message, or {@code null} for a chat without messages. */
    static Instant lastMessageTime(ChatInfo chat) {
        OffsetDateTime ts = Timestamps.parse(chat.lastMessageTimestamp());
        return ts == null ? null : ts.toInstant();
    }
}
