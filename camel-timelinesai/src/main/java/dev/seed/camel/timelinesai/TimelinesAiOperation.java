package dev.seed.camel.timelinesai;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Every operation of the component, each belonging to one {@link TimelinesAiApiName}. */
public enum TimelinesAiOperation {
    MESSAGES_SEND(TimelinesAiApiName.messages, "send"),
    MESSAGES_SEND_VOICE(TimelinesAiApiName.messages, "sendVoice"),
    MESSAGES_GET(TimelinesAiApiName.messages, "get"),
    MESSAGES_STATUS_HISTORY(TimelinesAiApiName.messages, "statusHistory"),
    MESSAGES_REACTIONS(TimelinesAiApiName.messages, "reactions"),
    MESSAGES_REACT(TimelinesAiApiName.messages, "react"),
    MESSAGES_AWAIT_STATUS(TimelinesAiApiName.messages, "awaitStatus"),
    CHATS_LIST(TimelinesAiApiName.chats, "list"),
    CHATS_GET(TimelinesAiApiName.chats, "get"),
    CHATS_UPDATE(TimelinesAiApiName.chats, "update"),
    CHATS_MESSAGES(TimelinesAiApiName.chats, "messages"),
    CHATS_ADD_NOTE(TimelinesAiApiName.chats, "addNote"),
    LABELS_LIST(TimelinesAiApiName.labels, "list"),
    LABELS_ADD(TimelinesAiApiName.labels, "add"),
    LABELS_REPLACE(TimelinesAiApiName.labels, "replace"),
    LABELS_REMOVE(TimelinesAiApiName.labels, "remove"),
    FILES_UPLOAD(TimelinesAiApiName.files, "upload"),
    FILES_LIST(TimelinesAiApiName.files, "list"),
    FILES_GET(TimelinesAiApiName.files, "get"),
    FILES_DOWNLOAD(TimelinesAiApiName.files, "download"),
    FILES_DELETE(TimelinesAiApiName.files, "delete"),
    ACCOUNTS_LIST(TimelinesAiApiName.accounts, "list"),
    WORKSPACE_GET(TimelinesAiApiName.workspace, "get"),
    WORKSPACE_TEAMMATES(TimelinesAiApiName.workspace, "teammates"),
    WORKSPACE_ME(TimelinesAiApiName.workspace, "me"),
    WORKSPACE_INVITE(TimelinesAiApiName.workspace, "invite"),
    WORKSPACE_REVOKE_INVITATION(TimelinesAiApiName.workspace, "revokeInvitation"),
    WEBHOOKS_LIST(TimelinesAiApiName.webhooks, "list"),
    WEBHOOKS_GET(TimelinesAiApiName.webhooks, "get"),
    WEBHOOKS_CREATE(TimelinesAiApiName.webhooks, "create"),
    WEBHOOKS_UPDATE(TimelinesAiApiName.webhooks, "update"),
    WEBHOOKS_DELETE(TimelinesAiApiName.webhooks, "delete"),
    TEMPLATES_LIST(TimelinesAiApiName.templates, "list"),
    TEMPLATES_GET(TimelinesAiApiName.templates, "get"),
    TEMPLATES_CREATE(TimelinesAiApiName.templates, "create"),
    TEMPLATES_UPDATE(TimelinesAiApiName.templates, "update"),
    TEMPLATES_DELETE(TimelinesAiApiName.templates, "delete"),
    TEMPLATES_TRACK_USAGE(TimelinesAiApiName.templates, "trackUsage"),
    WABA_MESSAGES_SEND(TimelinesAiApiName.wabaMessages, "send"),
    WABA_MESSAGES_GET(TimelinesAiApiName.wabaMessages, "get"),
    WABA_MESSAGES_STATUS_HISTORY(TimelinesAiApiName.wabaMessages, "statusHistory"),
    WABA_MESSAGES_REACTIONS(TimelinesAiApiName.wabaMessages, "reactions"),
    WABA_MESSAGES_REACT(TimelinesAiApiName.wabaMessages, "react"),
    WABA_MESSAGES_AWAIT_STATUS(TimelinesAiApiName.wabaMessages, "awaitStatus"),
    WABA_TEMPLATES_LIST(TimelinesAiApiName.wabaTemplates, "list"),
    WABA_TEMPLATES_GET(TimelinesAiApiName.wabaTemplates, "get"),
    WABA_TEMPLATES_CHECK(TimelinesAiApiName.wabaTemplates, "check"),
    WABA_CHATS_LIST(TimelinesAiApiName.wabaChats, "list"),
    WABA_CHATS_GET(TimelinesAiApiName.wabaChats, "get"),
    WABA_CHATS_UPDATE(TimelinesAiApiName.wabaChats, "update"),
    WABA_CHATS_MESSAGES(TimelinesAiApiName.wabaChats, "messages"),
    WABA_LABELS_LIST(TimelinesAiApiName.wabaLabels, "list"),
    WABA_LABELS_ADD(TimelinesAiApiName.wabaLabels, "add"),
    WABA_LABELS_REPLACE(TimelinesAiApiName.wabaLabels, "replace"),
    WABA_ACCOUNTS_LIST(TimelinesAiApiName.wabaAccounts, "list"),
    WABA_ACCOUNTS_GET(TimelinesAiApiName.wabaAccounts, "get"),
    WABA_ACCOUNTS_ANALYTICS(TimelinesAiApiName.wabaAccounts, "analytics"),
    WABA_ACCOUNTS_ANALYTICS_RESULT(TimelinesAiApiName.wabaAccounts, "analyticsResult"),
    WABA_ACCOUNTS_AWAIT_ANALYTICS(TimelinesAiApiName.wabaAccounts, "awaitAnalytics");

    /** All distinct operation names, as listed in the {@code operation} path parameter's enums. */
    public static final String ALL_NAMES = "send,sendVoice,get,statusHistory,reactions,react,awaitStatus,list,update,"
            + "messages,addNote,add,replace,remove,upload,download,delete,teammates,me,invite,revokeInvitation,create,"
            + "trackUsage,check,analytics,analyticsResult,awaitAnalytics";

    private final TimelinesAiApiName api;
    private final String operationName;

    TimelinesAiOperation(TimelinesAiApiName api, String operationName) {
        this.api = api;
        this.operationName = operationName;
    }

    public TimelinesAiApiName api() {
        return api;
    }

    public String operationName() {
        return operationName;
    }

    /** The operations of one API group. */
    public static List<TimelinesAiOperation> of(TimelinesAiApiName api) {
        return Arrays.stream(values()).filter(o -> o.api == api).toList();
    }

    /** Resolves {@code api/operation}, or fails naming the operations the API group offers. */
    public static TimelinesAiOperation resolve(TimelinesAiApiName api, String operation) {
        if (api == null) {
            throw new IllegalArgumentException("The api path parameter is required, one of "
                    + Arrays.toString(TimelinesAiApiName.values()));
        }
        for (TimelinesAiOperation op : of(api)) {
            if (op.operationName.equals(operation)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown operation '" + operation + "' for api '" + api
                + "' (option operation); valid operations: "
                + of(api).stream().map(TimelinesAiOperation::operationName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return api + "/" + operationName;
    }
}
