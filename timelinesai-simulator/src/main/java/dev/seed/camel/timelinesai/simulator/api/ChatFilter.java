package dev.seed.camel.timelinesai.simulator.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.QueryParams;
import dev.seed.camel.timelinesai.simulator.messaging.Phones;
import dev.seed.camel.timelinesai.simulator.state.Chat;

/** The filters of {@code GET /chats}, read from the query and AND-combined into one predicate. */
public final class ChatFilter {

    private ChatFilter() {
    }

    /** The predicate of every filter present; {@code withPhone} is false for {@code /v2/chats}, which has none. */
    public static Predicate<Chat> from(QueryParams q, ZoneId zone, boolean withPhone) {
        List<Predicate<Chat>> all = new ArrayList<>();
        List<String> labels = lower(q.csv("label"));
        if (!labels.isEmpty()) {
            all.add(c -> c.labels().stream().anyMatch(l -> labels.contains(l.toLowerCase(Locale.ROOT))));
        }
        List<String> accounts = q.csv("whatsapp_account_id");
        if (!accounts.isEmpty()) {
            all.add(c -> accounts.contains(c.accountId()));
        }
        Boolean group = q.bool("group");
        if (group != null) {
            all.add(c -> c.isGroup() == group);
        }
        List<String> responsible = lower(q.csv("responsible"));
        if (!responsible.isEmpty()) {
            all.add(c -> c.responsibleEmail() != null
                    && responsible.contains(c.responsibleEmail().toLowerCase(Locale.ROOT)));
        }
        List<String> names = lower(q.csv("name"));
        if (!names.isEmpty()) {
            all.add(c -> names.stream().anyMatch(n -> c.name().toLowerCase(Locale.ROOT).contains(n)));
        }
        String phone = withPhone ? q.string("phone") : null;
        if (phone != null) {
            String clean = Phones.sanitise(phone);
            if (!Phones.searchable(clean)) {
                throw ApiException.badRequest("Wrong phone number \"" + phone + "\"");
            }
            all.add(c -> !c.isGroup() && Phones.matchesFilter(clean, c.phone()));
        }
        List<String> contactPhones = q.csv("whatsapp_phone").stream().map(Phones::sanitise).toList();
        if (!contactPhones.isEmpty()) {
            all.add(c -> contactPhones.stream().anyMatch(p -> c.isGroup()
                    ? c.groupMembers().stream().anyMatch(m -> Phones.matchesContact(p, m.phone()))
                    : Phones.matchesContact(p, c.phone())));
        }
        addBool(all, q.bool("read"), Chat::read);
        addBool(all, q.bool("closed"), Chat::closed);
        addBool(all, q.bool("chatgpt_autoresponse_enabled"), Chat::chatgptAutoresponseEnabled);
        String after = q.string("created_after");
        if (after != null) {
            Instant bound = TimeBounds.parseInstant("created_after", after, zone);
            all.add(c -> c.createdAt().isAfter(bound));
        }
        String before = q.string("created_before");
        if (before != null) {
            Instant bound = TimeBounds.parseInstant("created_before", before, zone);
            all.add(c -> c.createdAt().isBefore(bound));
        }
        return c -> all.stream().allMatch(p -> p.test(c));
    }

    private static void addBool(List<Predicate<Chat>> all, Boolean wanted, Predicate<Chat> property) {
        if (wanted != null) {
            all.add(c -> property.test(c) == wanted);
        }
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }
}
