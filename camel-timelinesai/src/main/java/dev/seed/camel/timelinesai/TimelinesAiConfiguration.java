package dev.seed.camel.timelinesai;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * The options of a {@code timelinesai:<api>/<operation>} endpoint. Which options an operation reads is said in
 * each description; headers {@code CamelTimelinesAi*} override them per message.
 */
@UriParams
public class TimelinesAiConfiguration extends TimelinesAiHttpConfiguration {
    @UriPath(description = "The API group: messages, chats, labels, files, accounts, workspace, webhooks or templates; or events, alone, for the consumer (timelinesai:events).")
    @Metadata(required = true)
    private TimelinesAiApiName api;
    @UriPath(enums = TimelinesAiOperation.ALL_NAMES, description = "The operation of the API group (producer; not used by timelinesai:events); valid per group: messages: send, sendVoice, get, statusHistory, reactions, react, awaitStatus; chats: list, get, update, messages, addNote; labels: list, add, replace, remove; files: upload, list, get, download, delete; accounts: list; workspace: get, teammates, me, invite, revokeInvitation; webhooks: list, get, create, update, delete; templates: list, get, create, update, delete, trackUsage.")
    private String operation;
    @UriParam(label = "security", secret = true, description = "The TimelinesAI Public API token of the workspace (Integrations, Public API page). Sent as a Bearer token; never logged. Prefer a property placeholder or vault reference, or set it once on the component.")
    private String token;
    @UriParam(label = "common", defaultValue = "https://app.timelines.ai/integrations/api", description = "Base URL of the Public API, without a trailing slash (for example a simulator's URL in tests).")
    private String baseUrl = "https://app.timelines.ai/integrations/api";
    @UriParam(label = "producer", defaultValue = "false", description = "Use the /v2 variant of chats/list, chats/messages, messages/send (to a chat or a phone) and accounts/list: results are limited to what the token owner's membership may access (v1 is workspace-wide). With v2, sending to a chat does not support replyTo.")
    private boolean membershipScoped = false;
    @UriParam(label = "producer", description = "The chat id: target of messages/send and the chat of chats/get, chats/update, chats/messages, chats/addNote, messages/sendVoice and labels operations.")
    private Long chatId;
    @UriParam(label = "producer", description = "Recipient phone number in international format (+14155551234) for messages/send; for chats/list the contact phone filter (a leading + matches exactly).")
    private String phone;
    @UriParam(label = "producer", description = "Recipient WhatsApp JID for messages/send: a contact (digits@s.whatsapp.net) or a group (id@g.us).")
    private String jid;
    @UriParam(label = "producer", description = "Exact chat name for messages/send. This uses the deprecated POST /messages/to_chat_name route and logs a warning; prefer chatId, phone or jid.")
    private String chatName;
    @UriParam(label = "producer", description = "Text of the message (with an attachment body it is sent with the file, as caption for a chat document), of the note of chats/addNote, or of the template of templates/create and update.")
    private String text;
    @UriParam(label = "producer", description = "Uid of an uploaded file: attached by messages/send; the file of files/get, files/download and files/delete.")
    private String fileUid;
    @UriParam(label = "producer", description = "Public direct-download URL of a file: messages/send first uploads it with POST /files and attaches it; files/upload uploads it.")
    private String fileUrl;
    @UriParam(label = "producer", description = "File name of an attachment or upload (defaults to the name of a File/Path body); for files/list a case-insensitive filter on the file name.")
    private String fileName;
    @UriParam(label = "producer", description = "MIME type of an attachment or upload (detected by TimelinesAI when not set).")
    private String contentType;
    @UriParam(label = "producer", description = "Uid of a message to reply to (quote); for messages/send to a chat, a JID or a chat name.")
    private String replyTo;
    @UriParam(label = "producer", description = "messages/send: a label to put on the chat the message goes to (created if missing). chats/list: comma-separated labels; chats having at least one match.")
    private String label;
    @UriParam(label = "producer", description = "Phone (international format) of the WhatsApp account to send from, for messages/send to a phone or a JID. When not set TimelinesAI uses the most recently connected account.")
    private String whatsappAccountPhone;
    @UriParam(label = "producer,advanced", description = "Id of an attachment template of the workspace to send with messages/send.")
    private Long attachmentTemplateId;
    @UriParam(label = "producer", description = "Uid of the message of messages/get, statusHistory, reactions, react and awaitStatus (when not set, the body is used as uid).")
    private String messageUid;
    @UriParam(label = "producer", description = "The emoji messages/react puts on the message; an empty value clears the own reaction. Defaults to the body.")
    private String reaction;
    @UriParam(label = "producer", defaultValue = "Delivered", enums = "Sent,Delivered,Read", description = "The status messages/awaitStatus waits for (a later status also satisfies it). Failed ends the wait with TimelinesAiMessageFailedException.")
    private String expectedStatus = "Delivered";
    @UriParam(label = "producer", defaultValue = "60000", javaType = "java.time.Duration", description = "How long messages/awaitStatus waits before failing with TimelinesAiAwaitTimeoutException (milliseconds or a duration such as 2m).")
    private long awaitTimeout = 60000;
    @UriParam(label = "producer", defaultValue = "2000", javaType = "java.time.Duration", description = "Delay between two status checks of messages/awaitStatus (milliseconds or a duration); TimelinesAI dispatches messages about 2 s apart, so polling faster gains little.")
    private long pollInterval = 2000;
    @UriParam(label = "filter", description = "chats/list: comma-separated WhatsApp account ids (JIDs such as 14155550100@s.whatsapp.net) owning the chats.")
    private String whatsappAccountId;
    @UriParam(label = "filter", description = "chats/list: true for group chats only, false for direct chats only.")
    private Boolean group;
    @UriParam(label = "producer", description = "chats/list: comma-separated e-mails of the teammates the chats are assigned to. chats/update: the e-mail of the teammate to assign, or an empty value to unassign.")
    private String responsible;
    @UriParam(label = "producer", description = "chats/list: comma-separated case-insensitive parts of chat names. chats/update: the new chat name. templates/create and update: the template name.")
    private String name;
    @UriParam(label = "filter", description = "chats/list: comma-separated contact phones; matches direct chats and groups that contain such a member.")
    private String whatsappPhone;
    @UriParam(label = "producer", description = "chats/list: filter read (true) or unread (false) chats. chats/update: mark the chat read or unread.")
    private Boolean read;
    @UriParam(label = "producer", description = "chats/list: filter closed (true) or open (false) chats. chats/update: close or reopen the chat.")
    private Boolean closed;
    @UriParam(label = "producer", description = "chats/list: filter chats with the AI agent on or off. chats/update: switch the AI agent on or off.")
    private Boolean chatgptAutoresponseEnabled;
    @UriParam(label = "filter", description = "chats/list: only chats created after this ISO date-time (e.g. 2024-12-31T23:59:59Z).")
    private String createdAfter;
    @UriParam(label = "filter", description = "chats/list: only chats created before this ISO date-time.")
    private String createdBefore;
    @UriParam(label = "filter", description = "chats/list: include each chat's full last message (with_msg).")
    private Boolean withLastMessage;
    @UriParam(label = "filter", description = "chats/messages: true for messages sent from the workspace's accounts, false for received ones.")
    private Boolean fromMe;
    @UriParam(label = "filter", description = "chats/messages: only messages at or after this date or date-time (e.g. 2024-01-17 10:35).")
    private String after;
    @UriParam(label = "filter", description = "chats/messages: only messages at or before this date or date-time.")
    private String before;
    @UriParam(label = "filter", description = "chats/messages: only messages after the message with this uid (exclusive).")
    private String afterMessage;
    @UriParam(label = "filter", description = "chats/messages: only messages before the message with this uid (exclusive).")
    private String beforeMessage;
    @UriParam(label = "filter", enums = "asc,desc", description = "chats/messages: order by timestamp, asc or desc (TimelinesAI's default is desc).")
    private String sortingOrder;
    @UriParam(label = "producer", description = "chats/list: the page to read (50 chats a page, first page 1); with followPages the first page read. chats/messages has no page in the API: it pages with followPages or the afterMessage/beforeMessage cursors.")
    private Integer page;
    @UriParam(label = "producer", defaultValue = "false", description = "chats/list and chats/messages: read the following pages too while has_more_pages is true, up to maxPages, and return them as one page (chats/messages continues with the before_message/after_message cursor).")
    private boolean followPages = false;
    @UriParam(label = "producer", defaultValue = "100", description = "With followPages: the most pages read in one exchange (at least 1); the CamelTimelinesAiHasMorePages header tells whether more were left.")
    private int maxPages = 100;
    @UriParam(label = "producer", description = "chats/addNote: whether the note is private (TimelinesAI's default) or visible to the team.")
    private Boolean privateNote;
    @UriParam(label = "producer", description = "labels/add, labels/replace, labels/remove: comma-separated label names (each up to 64 characters). A List or String body is used when not set.")
    private String labels;
    @UriParam(label = "producer", description = "workspace/invite: the e-mail of the user to invite.")
    private String email;
    @UriParam(label = "producer", description = "workspace/invite: first name of the invited user.")
    private String firstName;
    @UriParam(label = "producer", description = "workspace/invite: last name of the invited user.")
    private String lastName;
    @UriParam(label = "producer", description = "workspace/invite: the team of the invited user. templates/create and update: the team the template is shared with (not set: all teams).")
    private String teamTitle;
    @UriParam(label = "producer", enums = "admin,team_supervisor,teammate,agent,collaborator", description = "workspace/invite: the role of the invited user.")
    private String role;
    @UriParam(label = "producer", description = "workspace/revokeInvitation: the user id of the pending invitation.")
    private Long userId;
    @UriParam(label = "producer", description = "webhooks/get, update and delete: the subscription id.")
    private Long webhookId;
    @UriParam(label = "producer", description = "webhooks/create and update: the event type, e.g. message:received:new or chat:new.")
    private String eventType;
    @UriParam(label = "producer", description = "webhooks/create and update: the URL TimelinesAI posts events to (http or https).")
    private String webhookUrl;
    @UriParam(label = "producer", description = "webhooks/create and update: whether the subscription delivers events.")
    private Boolean enabled;
    @UriParam(label = "producer", description = "templates/get, update, delete and trackUsage: the template id.")
    private Long templateId;
    @UriParam(label = "producer", enums = "public,private,read-only", description = "templates/create and update: who sees the template.")
    private String visibility;
    @UriParam(label = "producer", description = "templates/trackUsage: an origin label for the usage record.")
    private String origin;
    @UriParam(label = "advanced", defaultValue = "10", description = "Threads of the producer's pool for the calls that have to wait (no limiter permit free, a retry backoff, awaitStatus polls); a call that waits for nothing runs on the route's thread.")
    private int workerPoolSize = 10;
    @UriParam(label = "producer", defaultValue = "false", description = "messages/send and messages/sendVoice: before sending, check that the workspace's messaging quota (GET /workspace, cached for creditsCacheTtl, minus what this endpoint sent since) covers the send (1 credit, 2 for text with a file); if not, fail with TimelinesAiInsufficientCreditsException without calling the API. One-off credit packs are not counted.")
    private boolean checkCredits = false;
    @UriParam(label = "producer", defaultValue = "5000", javaType = "java.time.Duration", description = "With checkCredits: how long a read of the messaging quota is reused (milliseconds or a duration).")
    private long creditsCacheTtl = 5000;
    @UriParam(label = "advanced,health", defaultValue = "300000", javaType = "java.time.Duration", description = "How often the health checks may call TimelinesAI: the readiness check (token accepted, a WhatsApp account connected, quota left; two API calls) reuses its last answer for this long, and a webhook consumer reads its subscriptions (and repairs them) once per interval. Probes in between never call the API.")
    private long healthCheckInterval = 300000;

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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getJid() {
        return jid;
    }

    public void setJid(String jid) {
        this.jid = jid;
    }

    public String getChatName() {
        return chatName;
    }

    public void setChatName(String chatName) {
        this.chatName = chatName;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getFileUid() {
        return fileUid;
    }

    public void setFileUid(String fileUid) {
        this.fileUid = fileUid;
    }

    public String getFileUrl() {
        return fileUrl;
    }

    public void setFileUrl(String fileUrl) {
        this.fileUrl = fileUrl;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getWhatsappAccountPhone() {
        return whatsappAccountPhone;
    }

    public void setWhatsappAccountPhone(String whatsappAccountPhone) {
        this.whatsappAccountPhone = whatsappAccountPhone;
    }

    public Long getAttachmentTemplateId() {
        return attachmentTemplateId;
    }

    public void setAttachmentTemplateId(Long attachmentTemplateId) {
        this.attachmentTemplateId = attachmentTemplateId;
    }

    public String getMessageUid() {
        return messageUid;
    }

    public void setMessageUid(String messageUid) {
        this.messageUid = messageUid;
    }

    public String getReaction() {
        return reaction;
    }

    public void setReaction(String reaction) {
        this.reaction = reaction;
    }

    public String getExpectedStatus() {
        return expectedStatus;
    }

    public void setExpectedStatus(String expectedStatus) {
        this.expectedStatus = expectedStatus;
    }

    public long getAwaitTimeout() {
        return awaitTimeout;
    }

    public void setAwaitTimeout(long awaitTimeout) {
        this.awaitTimeout = awaitTimeout;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public String getWhatsappAccountId() {
        return whatsappAccountId;
    }

    public void setWhatsappAccountId(String whatsappAccountId) {
        this.whatsappAccountId = whatsappAccountId;
    }

    public Boolean getGroup() {
        return group;
    }

    public void setGroup(Boolean group) {
        this.group = group;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWhatsappPhone() {
        return whatsappPhone;
    }

    public void setWhatsappPhone(String whatsappPhone) {
        this.whatsappPhone = whatsappPhone;
    }

    public Boolean getRead() {
        return read;
    }

    public void setRead(Boolean read) {
        this.read = read;
    }

    public Boolean getClosed() {
        return closed;
    }

    public void setClosed(Boolean closed) {
        this.closed = closed;
    }

    public Boolean getChatgptAutoresponseEnabled() {
        return chatgptAutoresponseEnabled;
    }

    public void setChatgptAutoresponseEnabled(Boolean chatgptAutoresponseEnabled) {
        this.chatgptAutoresponseEnabled = chatgptAutoresponseEnabled;
    }

    public String getCreatedAfter() {
        return createdAfter;
    }

    public void setCreatedAfter(String createdAfter) {
        this.createdAfter = createdAfter;
    }

    public String getCreatedBefore() {
        return createdBefore;
    }

    public void setCreatedBefore(String createdBefore) {
        this.createdBefore = createdBefore;
    }

    public Boolean getWithLastMessage() {
        return withLastMessage;
    }

    public void setWithLastMessage(Boolean withLastMessage) {
        this.withLastMessage = withLastMessage;
    }

    public Boolean getFromMe() {
        return fromMe;
    }

    public void setFromMe(Boolean fromMe) {
        this.fromMe = fromMe;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    public String getAfterMessage() {
        return afterMessage;
    }

    public void setAfterMessage(String afterMessage) {
        this.afterMessage = afterMessage;
    }

    public String getBeforeMessage() {
        return beforeMessage;
    }

    public void setBeforeMessage(String beforeMessage) {
        this.beforeMessage = beforeMessage;
    }

    public String getSortingOrder() {
        return sortingOrder;
    }

    public void setSortingOrder(String sortingOrder) {
        this.sortingOrder = sortingOrder;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public boolean isFollowPages() {
        return followPages;
    }

    public void setFollowPages(boolean followPages) {
        this.followPages = followPages;
    }

    public int getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public Boolean getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(Boolean privateNote) {
        this.privateNote = privateNote;
    }

    public String getLabels() {
        return labels;
    }

    public void setLabels(String labels) {
        this.labels = labels;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getTeamTitle() {
        return teamTitle;
    }

    public void setTeamTitle(String teamTitle) {
        this.teamTitle = teamTitle;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public Long getWebhookId() {
        return webhookId;
    }

    public void setWebhookId(Long webhookId) {
        this.webhookId = webhookId;
    }

    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
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

    /** Never shows the token. */
    @Override
    public String toString() {
        return "TimelinesAiConfiguration[api=" + api + ", operation=" + operation + ", baseUrl=" + baseUrl
                + ", token=" + (token == null ? "null" : "xxxxxx") + "]";
    }
}
