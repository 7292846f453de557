package dev.seed.camel.timelinesai;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * The options of a {@code timelinesai:<api>/<operation>} endpoint. Which options an operation reads is said in
 * each description; the operation-specific options are grouped in option classes that the endpoint exposes, so the
 * catalog lists them flat. Headers {@code CamelTimelinesAi*} override them per message.
 */
@UriParams
public class TimelinesAiConfiguration extends TimelinesAiHttpConfiguration {
    @UriPath(description = "The API group: messages, chats, labels, files, accounts, workspace, webhooks or templates (QR-linked numbers and the workspace); wabaMessages, wabaTemplates, wabaChats, wabaLabels or wabaAccounts (WhatsApp Business Platform numbers); or events, alone, for the consumer (timelinesai:events).")
    @Metadata(required = true)
    private TimelinesAiApiName api;
    @UriPath(enums = TimelinesAiOperation.ALL_NAMES, description = "The operation of the API group (producer; not used by timelinesai:events); valid per group: messages: send, sendVoice, get, statusHistory, reactions, react, awaitStatus; chats: list, get, update, messages, addNote; labels: list, add, replace, remove; files: upload, list, get, download, delete; accounts: list; workspace: get, teammates, me, invite, revokeInvitation; webhooks: list, get, create, update, delete; templates: list, get, create, update, delete, trackUsage; wabaMessages: send, get, statusHistory, reactions, react, awaitStatus; wabaTemplates: list, get, check; wabaChats: list, get, update, messages; wabaLabels: list, add, replace; wabaAccounts: list, get, analytics, analyticsResult, awaitAnalytics.")
    private String operation;
    @UriParam(label = "security", secret = true, description = "The TimelinesAI Public API token of the workspace (Integrations, Public API page). Sent as a Bearer token; never logged. Prefer a property placeholder or vault reference, or set it once on the component.")
    private String token;
    @UriParam(label = "common", defaultValue = "https://app.timelines.ai/integrations/api", description = "Base URL of the Public API, without a trailing slash (for example a simulator's URL in tests).")
    private String baseUrl = "https://app.timelines.ai/integrations/api";
    @UriParam(label = "producer", defaultValue = "false", description = "Use the /v2 variant of chats/list, chats/messages, messages/send (to a chat or a phone) and accounts/list: results are limited to what the token owner's membership may access (v1 is workspace-wide). With v2, sending to a chat does not support replyTo.")
    private boolean membershipScoped = false;
    @UriParam(label = "producer", description = "The chat id: target of messages/send and the chat of chats/get, chats/update, chats/messages, chats/addNote, messages/sendVoice and labels operations.")
    private Long chatId;
    @UriParam(label = "producer", description = "Text of the message (with an attachment body it is sent with the file, as caption for a chat document), of the note of chats/addNote, or of the template of templates/create and update.")
    private String text;
    @UriParam(label = "advanced", defaultValue = "10", description = "Threads of the producer's pool for the calls that have to wait (no limiter permit free, a retry backoff, awaitStatus polls); a call that waits for nothing runs on the route's thread.")
    private int workerPoolSize = 10;
    @UriParam(label = "producer", defaultValue = "false", description = "messages/send, messages/sendVoice and wabaMessages/send: before sending, check that the workspace's messaging quota (GET /workspace, cached for creditsCacheTtl, minus what this endpoint sent since) covers the send (1 credit, 2 for text with a file); if not, fail with TimelinesAiInsufficientCreditsException without calling the API. One-off credit packs are not counted.")
    private boolean checkCredits = false;
    @UriParam(label = "producer", defaultValue = "5000", javaType = "java.time.Duration", description = "With checkCredits: how long a read of the messaging quota is reused (milliseconds or a duration).")
    private long creditsCacheTtl = 5000;
    @UriParam(label = "advanced,health", defaultValue = "300000", javaType = "java.time.Duration", description = "How often the health checks may call TimelinesAI: the readiness check (token accepted, a WhatsApp account connected, quota left; two API calls) reuses its last answer for this long, and a webhook consumer reads its subscriptions (and repairs them) once per interval. Probes in between never call the API.")
    private long healthCheckInterval = 300000;
    private final TimelinesAiMessageOptions messageOptions = new TimelinesAiMessageOptions();
    private final TimelinesAiChatListOptions chatListOptions = new TimelinesAiChatListOptions();
    private final TimelinesAiChatUpdateOptions chatUpdateOptions = new TimelinesAiChatUpdateOptions();
    private final TimelinesAiAdminOptions adminOptions = new TimelinesAiAdminOptions();
    private final TimelinesAiWabaOptions wabaOptions = new TimelinesAiWabaOptions();

    public TimelinesAiApiName getApi() {
        return api;
    }

    public void setApi(TimelinesAiApiName api) {
        this.api = api;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean isMembershipScoped() {
        return membershipScoped;
    }

    public void setMembershipScoped(boolean membershipScoped) {
        this.membershipScoped = membershipScoped;
    }

    public Long getChatId() {
        return chatId;
    }

    public void setChatId(Long chatId) {
        this.chatId = chatId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public boolean isCheckCredits() {
        return checkCredits;
    }

    public void setCheckCredits(boolean checkCredits) {
        this.checkCredits = checkCredits;
    }

    public long getCreditsCacheTtl() {
        return creditsCacheTtl;
    }

    public void setCreditsCacheTtl(long creditsCacheTtl) {
        this.creditsCacheTtl = creditsCacheTtl;
    }

    public long getHealthCheckInterval() {
        return healthCheckInterval;
    }

    public void setHealthCheckInterval(long healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    public TimelinesAiMessageOptions getMessageOptions() {
        return messageOptions;
    }

    public TimelinesAiChatListOptions getChatListOptions() {
        return chatListOptions;
    }

    public TimelinesAiChatUpdateOptions getChatUpdateOptions() {
        return chatUpdateOptions;
    }

    public TimelinesAiAdminOptions getAdminOptions() {
        return adminOptions;
    }

    public TimelinesAiWabaOptions getWabaOptions() {
        return wabaOptions;
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "TimelinesAiConfiguration[api=" + api + ", operation=" + operation + ", baseUrl=" + baseUrl
                + ", token=" + (token == null ? "null" : "xxxxxx") + "]";
    }
}
