package dev.seed.camel.timelinesai;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.seed.camel.timelinesai.operation.SendRules;
import dev.seed.camel.timelinesai.operation.WabaSendRules;

/** Checks an endpoint's options when the endpoint is created, failing with the name of the offending option. */
final class TimelinesAiOptionsValidator {
    private static final Set<TimelinesAiOperation> PAGED = EnumSet.of(TimelinesAiOperation.CHATS_LIST,
            TimelinesAiOperation.CHATS_MESSAGES, TimelinesAiOperation.WABA_CHATS_LIST,
            TimelinesAiOperation.WABA_CHATS_MESSAGES, TimelinesAiOperation.WABA_TEMPLATES_LIST);
    private static final Set<TimelinesAiOperation> PAGE_NUMBERED = EnumSet.of(TimelinesAiOperation.CHATS_LIST,
            TimelinesAiOperation.WABA_CHATS_LIST, TimelinesAiOperation.WABA_CHATS_MESSAGES,
            TimelinesAiOperation.WABA_TEMPLATES_LIST);
    private static final Set<TimelinesAiOperation> V2 = EnumSet.of(TimelinesAiOperation.CHATS_LIST,
            TimelinesAiOperation.CHATS_MESSAGES, TimelinesAiOperation.MESSAGES_SEND, TimelinesAiOperation.ACCOUNTS_LIST);

    private TimelinesAiOptionsValidator() {
    }

    static TimelinesAiOperation validate(TimelinesAiConfiguration c) {
        TimelinesAiOperation op = TimelinesAiOperation.resolve(c.getApi(), c.getOperation());
        if (c.getToken() == null || c.getToken().isBlank()) {
            throw new IllegalArgumentException("Option token is required: set it on the endpoint or on the "
                    + "timelinesai component (use a property placeholder or vault reference to keep it secret)");
        }
        checkUrl(c.getBaseUrl());
        positive("maxPages", c.getChatListOptions().getMaxPages());
        if (c.getChatListOptions().getPage() != null) {
            positive("page", c.getChatListOptions().getPage());
            if (!PAGE_NUMBERED.contains(op)) {
                throw new IllegalArgumentException("Option page applies only to chats/list, wabaChats/list, "
                        + "wabaChats/messages and wabaTemplates/list (chats/messages pages with followPages or "
                        + "afterMessage/beforeMessage cursors)");
            }
        }
        Integer pageSize = c.getChatListOptions().getPageSize();
        if (pageSize != null) {
            if (pageSize < 1 || pageSize > 500) {
                throw new IllegalArgumentException("Option pageSize must be between 1 and 500, was " + pageSize);
            }
            if (op != TimelinesAiOperation.WABA_CHATS_MESSAGES) {
                throw new IllegalArgumentException("Option pageSize applies only to wabaChats/messages, not " + op);
            }
        }
        notNegative("connectTimeout", c.getConnectTimeout());
        notNegative("responseTimeout", c.getResponseTimeout());
        positive("awaitTimeout", c.getMessageOptions().getAwaitTimeout());
        positive("pollInterval", c.getMessageOptions().getPollInterval());
        positive("workerPoolSize", c.getWorkerPoolSize());
        positive("creditsCacheTtl", c.getCreditsCacheTtl());
        if (c.getProxyPort() != null && (c.getProxyPort() < 1 || c.getProxyPort() > 65535)) {
            throw new IllegalArgumentException("Option proxyPort must be between 1 and 65535, was " + c.getProxyPort());
        }
        oneOf("expectedStatus", c.getMessageOptions().getExpectedStatus(), "Sent", "Delivered", "Read");
        oneOf("sortingOrder", c.getChatListOptions().getSortingOrder(), "asc", "desc");
        oneOf("role", c.getAdminOptions().getRole(), "admin", "team_supervisor", "teammate", "agent", "collaborator");
        oneOf("visibility", c.getAdminOptions().getVisibility(), "public", "private", "read-only");
        if (c.getChatListOptions().isFollowPages() && !PAGED.contains(op)) {
            throw new IllegalArgumentException("Option followPages applies only to chats/list, chats/messages, "
                    + "wabaChats/list, wabaChats/messages and wabaTemplates/list, not " + op);
        }
        if (c.isMembershipScoped() && !V2.contains(op)) {
            throw new IllegalArgumentException("Option membershipScoped applies only to chats/list, chats/messages, "
                    + "messages/send and accounts/list, not " + op);
        }
        if (c.isCheckCredits() && op != TimelinesAiOperation.MESSAGES_SEND
                && op != TimelinesAiOperation.MESSAGES_SEND_VOICE && op != TimelinesAiOperation.WABA_MESSAGES_SEND) {
            throw new IllegalArgumentException("Option checkCredits applies only to messages/send, "
                    + "messages/sendVoice and wabaMessages/send, not " + op);
        }
        checkSplitOptions(op, c);
        if (op == TimelinesAiOperation.WABA_CHATS_LIST) {
            checkWabaChatFilters(c);
        }
        WabaSendRules.checkOptions(op, c);
        if (op == TimelinesAiOperation.MESSAGES_SEND) {
            validateSend(c);
        }
        if (op == TimelinesAiOperation.CHATS_LIST && c.isMembershipScoped()
                && c.getMessageOptions().getPhone() != null) {
            throw new IllegalArgumentException("Option phone is not a filter of GET /v2/chats (membershipScoped); use "
                    + "whatsappPhone");
        }
        return op;
    }

    /** The send rules on the options alone; each message is checked again with its own body and headers. */
    private static void validateSend(TimelinesAiConfiguration c) {
        String where = "endpoint options";
        TimelinesAiMessageOptions o = c.getMessageOptions();
        SendRules.Target target = SendRules.single(c.getChatId(), o.getPhone(), o.getJid(), o.getChatName(), where);
        int attachments = (o.getFileUid() != null ? 1 : 0) + (o.getFileUrl() != null ? 1 : 0);
        SendRules.check(target, c.isMembershipScoped(), o.getReplyTo(), o.getWhatsappAccountPhone(), attachments, where);
    }

    /** The chats/list filters are not chats/update's new values, nor a template's name: each option means one thing. */
    private static void checkSplitOptions(TimelinesAiOperation op, TimelinesAiConfiguration c) {
        TimelinesAiChatListOptions filters = c.getChatListOptions();
        TimelinesAiChatUpdateOptions changes = c.getChatUpdateOptions();
        boolean update = op == TimelinesAiOperation.CHATS_UPDATE || op == TimelinesAiOperation.WABA_CHATS_UPDATE;
        boolean template = op == TimelinesAiOperation.TEMPLATES_CREATE || op == TimelinesAiOperation.TEMPLATES_UPDATE;
        if (update || template) {
            movedTo(op, "name", filters.getName(), update ? "newName" : "templateName");
        }
        if (update) {
            movedTo(op, "responsible", filters.getResponsible(), "newResponsible");
            movedTo(op, "closed", filters.getClosed(), "newClosed");
            movedTo(op, "read", filters.getRead(), "newRead");
            movedTo(op, "chatgptAutoresponseEnabled", filters.getChatgptAutoresponseEnabled(),
                    "newChatgptAutoresponseEnabled");
            if (op == TimelinesAiOperation.WABA_CHATS_UPDATE && changes.getNewChatgptAutoresponseEnabled() != null) {
                throw new IllegalArgumentException("Option newChatgptAutoresponseEnabled applies only to chats/update: "
                        + "PATCH /waba/chats/{id} takes only newName, newResponsible, newClosed and newRead");
            }
        } else if (changes.getNewName() != null || changes.getNewResponsible() != null || changes.getNewClosed() != null
                || changes.getNewRead() != null || changes.getNewChatgptAutoresponseEnabled() != null) {
            throw new IllegalArgumentException("Options newName, newResponsible, newClosed, newRead and "
                    + "newChatgptAutoresponseEnabled apply only to chats/update (and all but the last to "
                    + "wabaChats/update), not " + op);
        }
        if (!template && c.getAdminOptions().getTemplateName() != null) {
            throw new IllegalArgumentException("Option templateName applies only to templates/create and "
                    + "templates/update, not " + op);
        }
    }

    /** GET /waba/chats has fewer filters than GET /chats: the others are refused rather than ignored. */
    private static void checkWabaChatFilters(TimelinesAiConfiguration c) {
        TimelinesAiChatListOptions o = c.getChatListOptions();
        List<String> refused = new ArrayList<>();
        Map<String, Object> qrOnly = new LinkedHashMap<>();
        qrOnly.put("whatsappAccountId (use wabaAccountId)", o.getWhatsappAccountId());
        qrOnly.put("group", o.getGroup());
        qrOnly.put("name", o.getName());
        qrOnly.put("read", o.getRead());
        qrOnly.put("chatgptAutoresponseEnabled", o.getChatgptAutoresponseEnabled());
        qrOnly.put("createdAfter", o.getCreatedAfter());
        qrOnly.put("createdBefore", o.getCreatedBefore());
        qrOnly.put("label", c.getMessageOptions().getLabel());
        qrOnly.forEach((name, value) -> {
            if (value != null) {
                refused.add(name);
            }
        });
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("wabaChats/list cannot filter by " + String.join(", ", refused)
                    + ": GET /waba/chats filters only by wabaAccountId, responsible, closed, whatsappPhone and "
                    + "withLastMessage");
        }
    }

    private static void movedTo(TimelinesAiOperation op, String option, Object value, String replacement) {
        if (value != null) {
            throw new IllegalArgumentException("Option " + option + " is a chats/list filter; " + op + " takes "
                    + replacement + " instead");
        }
    }

    private static void checkUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("Option baseUrl must not be empty");
        }
        try {
            URI uri = URI.create(baseUrl);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("Option baseUrl must be an absolute http(s) URL, was " + baseUrl);
            }
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Option baseUrl")) {
                throw e;
            }
            throw new IllegalArgumentException("Option baseUrl is not a valid URL: " + baseUrl, e);
        }
    }

    private static void positive(String option, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("Option " + option + " must be at least 1, was " + value);
        }
    }

    private static void notNegative(String option, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Option " + option + " must not be negative, was " + value);
        }
    }

    private static void oneOf(String option, String value, String... allowed) {
        if (value == null) {
            return;
        }
        for (String a : allowed) {
            if (a.equals(value)) {
                return;
            }
        }
        throw new IllegalArgumentException("Option " + option + " must be one of " + String.join(", ", allowed)
                + ", was " + value);
    }
}
