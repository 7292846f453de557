package dev.seed.camel.timelinesai.operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.waba.WabaOutboundTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaTemplate;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateCheck;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateCheckException;
import dev.seed.camel.timelinesai.model.waba.WabaTemplatePage;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateProblem;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateVerdict;

/**
 * Finds the template a send names (by name and language, with its accounts and components) and checks the send
 * with {@link WabaTemplateCheck}. Templates read are reused for a TTL; a check that fails on a reused template is
 * made again on a fresh read before refusing, so a template approved meanwhile is never refused. The account a
 * WABA chat sends from is remembered (it does not change).
 */
final class WabaTemplateLookup {
    private static final int MAX_CHATS = 10_000;

    private final TimelinesAiClient client;
    private final LongSupplier clock;
    private final Map<String, Read> templates = new ConcurrentHashMap<>();
    private final Map<Long, Long> chatAccounts = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > MAX_CHATS;
        }
    });

    WabaTemplateLookup(TimelinesAiClient client) {
        this(client, System::nanoTime);
    }

    WabaTemplateLookup(TimelinesAiClient client, LongSupplier clock) {
        this.client = client;
        this.clock = clock;
    }

    /** The templates of one name and language (details), and the other languages of that name, as read at a time. */
    private record Read(List<WabaTemplate> candidates, Set<String> otherLanguages, long readAt) {
    }

    /** The account a WABA chat sends from. */
    long accountOfChat(long chatId) {
        Long known = chatAccounts.get(chatId);
        if (known != null) {
            return known;
        }
        long account = client.wabaMessages().chatAccountId(chatId);
        chatAccounts.put(chatId, account);
        return account;
    }

    /** The check's verdict; {@code ttlMillis} 0 reads the template afresh. */
    WabaTemplateVerdict evaluate(WabaOutboundTemplate outbound, long wabaAccountId, long ttlMillis) {
        String key = outbound.name() + '\u0000' + outbound.language();
        Read cached = templates.get(key);
        if (cached != null && clock.getAsLong() - cached.readAt() > ttlMillis * 1_000_000L) {
            cached = null;
        }
        WabaTemplateVerdict verdict = cached == null ? null : verdict(cached, outbound, wabaAccountId);
        if (verdict == null || !verdict.isOk()) {
            Read read = load(outbound.name(), outbound.language());
            if (ttlMillis > 0) {
                templates.put(key, read);
            }
            verdict = verdict(read, outbound, wabaAccountId);
        }
        return verdict;
    }

    /**
     * The template to send (values in parameter order).
     *
     * @throws WabaTemplateCheckException naming every problem, before any send
     */
    WabaOutboundTemplate require(WabaOutboundTemplate outbound, long wabaAccountId, long ttlMillis) {
        WabaTemplateVerdict verdict = evaluate(outbound, wabaAccountId, ttlMillis);
        if (!verdict.isOk()) {
            throw new WabaTemplateCheckException("WABA template \"" + outbound.name() + "\" (" + outbound.language()
                    + ") cannot be sent from account " + wabaAccountId, verdict.problems());
        }
        return verdict.toSend();
    }

    private static WabaTemplateVerdict verdict(Read read, WabaOutboundTemplate outbound, long wabaAccountId) {
        if (read.candidates().isEmpty()) {
            String message = "the workspace has no WABA template \"" + outbound.name() + "\" in language "
                    + outbound.language() + (read.otherLanguages().isEmpty() ? ""
                    : " (it has it in " + String.join(", ", read.otherLanguages()) + ")");
            return new WabaTemplateVerdict(false, false, false,
                    List.of(new WabaTemplateProblem(WabaTemplateProblem.Reason.WRONG_TEMPLATE, message)), null);
        }
        // the same name and language may exist in several WABA profiles: check the one the account may send
        WabaTemplate best = read.candidates().stream()
                .min(Comparator.comparing((WabaTemplate t) -> !t.isEnabledFor(wabaAccountId))
                        .thenComparing(t -> !t.isApproved()))
                .orElseThrow();
        return WabaTemplateCheck.evaluate(best, wabaAccountId, outbound);
    }

    private Read load(String name, String language) {
        List<WabaTemplate> candidates = new ArrayList<>();
        Set<String> otherLanguages = new LinkedHashSet<>();
        WabaTemplatePage page;
        int number = 1;
        do {
            page = client.wabaTemplates().list(number++);
            for (WabaTemplate t : page) {
                if (name.equals(t.name())) {
                    if (language.equals(t.language())) {
                        candidates.add(client.wabaTemplates().get(t.id()));
                    } else {
                        otherLanguages.add(t.language());
                    }
                }
            }
        } while (page.hasMorePages() && !page.templates().isEmpty());
        return new Read(List.copyOf(candidates), otherLanguages, clock.getAsLong());
    }
}
