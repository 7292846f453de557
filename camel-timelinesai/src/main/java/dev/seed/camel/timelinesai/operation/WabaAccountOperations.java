package dev.seed.camel.timelinesai.operation;

import java.time.Instant;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiOperation;
import dev.seed.camel.timelinesai.TimelinesAiWabaOptions;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.model.waba.WabaAccountList;
import dev.seed.camel.timelinesai.model.waba.WabaAnalytics;
import dev.seed.camel.timelinesai.model.waba.WabaAnalyticsRequest;

/**
 * The operations of the wabaAccounts API group (WhatsApp Business Platform) except {@code awaitAnalytics} (see
 * {@link AnalyticsAwaiter}).
 */
final class WabaAccountOperations {
    private final TimelinesAiClient client;

    WabaAccountOperations(TimelinesAiClient client) {
        this.client = client;
    }

    void invoke(TimelinesAiOperation operation, Params p) {
        switch (operation) {
            case WABA_ACCOUNTS_LIST -> {
                WabaAccountList accounts = client.wabaAccounts().list();
                p.setBody(accounts);
                p.setHeader(TimelinesAiConstants.RESULT_COUNT, accounts.wabaAccounts().size());
            }
            case WABA_ACCOUNTS_GET -> p.setBody(client.wabaAccounts().get(accountId(p)));
            case WABA_ACCOUNTS_ANALYTICS -> p.setBody(client.wabaAccounts().requestAnalytics(accountId(p),
                    analyticsRequest(p)));
            case WABA_ACCOUNTS_ANALYTICS_RESULT -> p.setBody(client.wabaAccounts().analytics(accountId(p), handle(p)));
            default -> throw new IllegalStateException("Not a wabaAccounts operation: " + operation);
        }
    }

    /** The WABA account: the header, else the wabaAccountId option, else a numeric body. */
    static long accountId(Params p) {
        return p.requiredId(TimelinesAiConstants.WABA_ACCOUNT_ID, p.config().getWabaOptions().getWabaAccountId(),
                "wabaAccountId");
    }

    /** The account filter of wabaChats/list: the header (a number, comma-separated ids or a list), else the option. */
    static String accountIds(Params p) {
        Object header = p.exchange().getMessage().getHeader(TimelinesAiConstants.WABA_ACCOUNT_ID);
        if (header == null) {
            Long option = p.config().getWabaOptions().getWabaAccountId();
            return option == null ? null : option.toString();
        }
        var ids = Params.toNames(header);
        for (String id : ids) {
            if (!id.matches("\\d+")) {
                throw new IllegalArgumentException("Header " + TimelinesAiConstants.WABA_ACCOUNT_ID
                        + " must hold WABA account ids (numbers, comma-separated), was " + header);
            }
        }
        return ids.isEmpty() ? null : String.join(",", ids);
    }

    /** A WabaAnalyticsRequest body, else the analyticsStart (required), analyticsEnd (default now) and analyticsDimensions options. */
    static WabaAnalyticsRequest analyticsRequest(Params p) {
        if (p.body() instanceof WabaAnalyticsRequest r) {
            return r;
        }
        TimelinesAiWabaOptions o = p.config().getWabaOptions();
        if (o.getAnalyticsStart() == null) {
            throw new IllegalArgumentException("WABA analytics need the start of the period: set the option "
                    + "analyticsStart (Unix seconds) or send a WabaAnalyticsRequest body");
        }
        long end = o.getAnalyticsEnd() != null ? o.getAnalyticsEnd() : Instant.now().getEpochSecond();
        return new WabaAnalyticsRequest(o.getAnalyticsStart(), end, o.getAnalyticsDimensions());
    }

    /** The handle to read: the analyticsHandle option, else a WabaAnalytics or String body. */
    static String handle(Params p) {
        String handle = p.config().getWabaOptions().getAnalyticsHandle();
        if (handle == null && p.body() instanceof WabaAnalytics a) {
            handle = a.handle();
        }
        if (handle == null && p.body() instanceof String s) {
            handle = s.trim();
        }
        if (handle == null || handle.isBlank()) {
            throw new IllegalArgumentException("Missing analyticsHandle: set the option analyticsHandle or send the "
                    + "WabaAnalytics of wabaAccounts/analytics (or its handle as a String) as body");
        }
        return handle;
    }
}
