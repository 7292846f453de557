package dev.seed.camel.timelinesai.consumer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.seed.camel.timelinesai.TimelinesAiNotFoundException;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.model.MessagePage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the messages of one chat that are newer than the poll cursor, oldest first: after the last message the
 * cursor recorded for the chat, or after the cursor time when it has none (or that message no longer exists).
 * Counts the API calls it makes.
 */
final class ChatMessagesReader {
    private static final Logger LOG = LoggerFactory.getLogger(ChatMessagesReader.class);
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Supplier<TimelinesAiClient> client;
    private final AtomicLong apiCalls;
    private final int maxPages;

    ChatMessagesReader(Supplier<TimelinesAiClient> client, AtomicLong apiCalls, int maxPages) {
        this.client = client;
        this.apiCalls = apiCalls;
        this.maxPages = maxPages;
    }

    /**
     * @param lastUid the last message the cursor recorded for the chat, or {@code null}
     * @param everything read the whole chat (a chat created after the cursor), else only what follows the cursor
     */
    List<MessageInfo> newMessages(long chatId, String lastUid, Instant watermark, boolean everything) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("sorting_order", "asc");
        if (lastUid != null) {
            filters.put("after_message", lastUid);
        } else if (!everything) {
            filters.put("after", iso(watermark));
        }
        List<MessageInfo> messages = new ArrayList<>();
        for (int page = 1; page <= maxPages; page++) {
            MessagePage result = page == 1 && lastUid != null ? firstPageAfter(chatId, filters, watermark)
                    : page(chatId, filters);
            messages.addAll(result.messages());
            if (!result.hasMorePages() || result.messages().isEmpty()) {
                break;
            }
            // the next page: after the last message read (the spec pages this endpoint by cursor)
            filters.remove("after");
            filters.put("after_message", messages.get(messages.size() - 1).uid());
        }
        return messages;
    }

    /**
     * The chat's first page after the recorded message; when that message is gone (the API answers 404, e.g. a
     * deleted message or a cursor file from another workspace), the page after the watermark time instead, so the
     * chat is not skipped on every poll from then on.
     */
    private MessagePage firstPageAfter(long chatId, Map<String, Object> filters, Instant watermark) {
        try {
            return page(chatId, filters);
        } catch (TimelinesAiNotFoundException e) {
            LOG.warn("TimelinesAI chat {}: the last message recorded by the poll cursor no longer exists; reading "
                    + "the chat from the cursor time {} instead", chatId, watermark);
            filters.remove("after_message");
            filters.put("after", iso(watermark));
            return page(chatId, filters);
        }
    }

    private MessagePage page(long chatId, Map<String, Object> filters) {
        apiCalls.incrementAndGet();
        return client.get().chats().messages(chatId, filters, false);
    }

    private static String iso(Instant instant) {
        return ISO_SECONDS.format(instant.atOffset(ZoneOffset.UTC));
    }
}
