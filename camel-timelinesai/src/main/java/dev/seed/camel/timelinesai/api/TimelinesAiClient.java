package dev.seed.camel.timelinesai.api;

import dev.seed.camel.timelinesai.internal.transport.ApiTransport;

/** The TimelinesAI Public API, one small class per resource family. */
public final class TimelinesAiClient {
    private final MessagesApi messages;
    private final ChatsApi chats;
    private final LabelsApi labels;
    private final FilesApi files;
    private final AccountsApi accounts;
    private final WorkspaceApi workspace;
    private final WebhooksApi webhooks;
    private final TemplatesApi templates;
    private final WabaMessagesApi wabaMessages;
    private final WabaTemplatesApi wabaTemplates;
    private final WabaChatsApi wabaChats;
    private final WabaAccountsApi wabaAccounts;
    private final ApiTransport transport;

    public TimelinesAiClient(ApiTransport transport) {
        this.transport = transport;
        PublicApi api = new PublicApi(transport);
        this.messages = new MessagesApi(api);
        this.chats = new ChatsApi(api);
        this.labels = new LabelsApi(api);
        this.files = new FilesApi(api);
        this.accounts = new AccountsApi(api);
        this.workspace = new WorkspaceApi(api);
        this.webhooks = new WebhooksApi(api);
        this.templates = new TemplatesApi(api);
        this.wabaMessages = new WabaMessagesApi(api);
        this.wabaTemplates = new WabaTemplatesApi(api);
        this.wabaChats = new WabaChatsApi(api);
        this.wabaAccounts = new WabaAccountsApi(api);
    }

    public MessagesApi messages() {
        return messages;
    }

    public ChatsApi chats() {
        return chats;
    }

    public LabelsApi labels() {
        return labels;
    }

    public FilesApi files() {
        return files;
    }

    public AccountsApi accounts() {
        return accounts;
    }

    public WorkspaceApi workspace() {
        return workspace;
    }

    public WebhooksApi webhooks() {
        return webhooks;
    }

    public TemplatesApi templates() {
        return templates;
    }

    public WabaMessagesApi wabaMessages() {
        return wabaMessages;
    }

    public WabaTemplatesApi wabaTemplates() {
        return wabaTemplates;
    }

    public WabaChatsApi wabaChats() {
        return wabaChats;
    }

    public WabaAccountsApi wabaAccounts() {
        return wabaAccounts;
    }

    /** The HTTP transport, e.g. to fetch pre-signed file URLs. */
    public ApiTransport transport() {
        return transport;
    }
}
