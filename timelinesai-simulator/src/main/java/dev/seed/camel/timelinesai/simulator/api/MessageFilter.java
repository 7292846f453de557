package dev.seed.camel.timelinesai.simulator.api;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.QueryParams;
import dev.seed.camel.timelinesai.simulator.state.Message;

/**
 * The filters and order of {@code GET /chats/{chat_id}/messages}: {@code from_me}, {@code after} /
 * {@code before} (inclusive), {@code after_message} / {@code before_message} (exclusive) and
 * {@code sorting_order} (default newest first).
 */
public final class MessageFilter {

    private MessageFilter() {
    }

    /** The chat's history (oldest first, as stored) filtered and put in the requested order. */
    public static List<Message> apply(QueryParams q, List<Message> history, ZoneId zone) {
        String order = q.string("sorting_order");
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw ApiException.validation("sorting_order", "Must be one of: asc, desc.");
        }
        Boolean fromMe = q.bool("from_me");
        String afterRaw = q.string("after");
        String beforeRaw = q.string("before");
        TimeBounds after = afterRaw == null ? null : TimeBounds.parse("after", afterRaw, zone);
        TimeBounds before = beforeRaw == null ? null : TimeBounds.parse("before", beforeRaw, zone);
        int afterIndex = position(q, "after_message", history);
        int beforeIndex = position(q, "before_message", history);
        List<Message> result = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Message m = history.get(i);
            if (fromMe != null && m.fromMe() != fromMe) {
                continue;
            }
            if (after != null && m.timestamp().isBefore(after.start())) {
                continue;
            }
            if (before != null && !m.timestamp().isBefore(before.end())) {
                continue;
            }
            if (afterIndex >= 0 && i <= afterIndex) {
                continue;
            }
            if (beforeIndex >= 0 && i >= beforeIndex) {
                continue;
            }
            result.add(m);
        }
        if (!"asc".equals(order)) {
            Collections.reverse(result);
        }
        return result;
    }

    /** Index in the history of the message a cursor parameter names; -1 when absent. */
    private static int position(QueryParams q, String field, List<Message> history) {
        String uid = q.string(field);
        if (uid == null) {
            return -1;
        }
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).uid().equals(uid)) {
                return i;
            }
        }
        throw Lookups.messageNotFound(uid);
    }
}
