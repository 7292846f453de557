package dev.seed.camel.timelinesai;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The filters and paging of {@code chats/list} and {@code chats/messages}. */
@UriParams
public class TimelinesAiChatListOptions {
    @UriParam(label = "producer,filter", description = "chats/list: comma-separated WhatsApp account ids (JIDs such as 14155550100@s.whatsapp.net) owning the chats.")
    private String whatsappAccountId;
    @UriParam(label = "producer,filter", description = "chats/list: true for group chats only, false for direct chats only.")
    private Boolean group;
    @UriParam(label = "producer,filter", description = "chats/list and wabaChats/list: comma-separated e-mails of the teammates the chats are assigned to (chats/update and wabaChats/update assign with newResponsible).")
    private String responsible;
    @UriParam(label = "producer,filter", description = "chats/list: comma-separated case-insensitive parts of chat names (chats/update renames with newName; templates take templateName).")
    private String name;
    @UriParam(label = "producer,filter", description = "chats/list and wabaChats/list: comma-separated contact phones; matches direct chats and groups that contain such a member.")
    private String whatsappPhone;
    @UriParam(label = "producer,filter", description = "chats/list: filter read (true) or unread (false) chats (chats/update marks with newRead).")
    private Boolean read;
    @UriParam(label = "producer,filter", description = "chats/list and wabaChats/list: filter closed (true) or open (false) chats (chats/update and wabaChats/update close or reopen with newClosed).")
    private Boolean closed;
    @UriParam(label = "producer,filter", description = "chats/list: filter chats with the AI agent on or off (chats/update switches it with newChatgptAutoresponseEnabled).")
    private Boolean chatgptAutoresponseEnabled;
    @UriParam(label = "producer,filter", description = "chats/list: only chats created after this ISO date-time (e.g. 2024-12-31T23:59:59Z).")
    private String createdAfter;
    @UriParam(label = "producer,filter", description = "chats/list: only chats created before this ISO date-time.")
    private String createdBefore;
    @UriParam(label = "producer,filter", description = "chats/list and wabaChats/list: include each chat's full last message (with_msg).")
    private Boolean withLastMessage;
    @UriParam(label = "producer,filter", description = "chats/messages and wabaChats/messages: true for messages sent from the workspace's accounts, false for received ones.")
    private Boolean fromMe;
    @UriParam(label = "producer,filter", description = "chats/messages and wabaChats/messages: only messages at or after this date or date-time (e.g. 2024-01-17 10:35).")
    private String after;
    @UriParam(label = "producer,filter", description = "chats/messages and wabaChats/messages: only messages at or before this date or date-time.")
    private String before;
    @UriParam(label = "producer,filter", description = "chats/messages and wabaChats/messages: only messages after the message with this uid (exclusive).")
    private String afterMessage;
    @UriParam(label = "producer,filter", description = "chats/messages and wabaChats/messages: only messages before the message with this uid (exclusive).")
    private String beforeMessage;
    @UriParam(label = "producer,filter", enums = "asc,desc", description = "chats/messages and wabaChats/messages: order by timestamp, asc or desc (TimelinesAI's default is desc).")
    private String sortingOrder;
    @UriParam(label = "producer", description = "chats/list, wabaChats/list, wabaChats/messages and wabaTemplates/list: the page to read (50 items a page, first page 1); with followPages the first page read. chats/messages has no page in the API: it pages with followPages or the afterMessage/beforeMessage cursors.")
    private Integer page;
    @UriParam(label = "producer", defaultValue = "false", description = "chats/list, chats/messages, wabaChats/list, wabaChats/messages and wabaTemplates/list: read the following pages too while has_more_pages is true, up to maxPages, and return them as one page (chats/messages continues with the before_message/after_message cursor).")
    private boolean followPages = false;
    @UriParam(label = "producer", defaultValue = "100", description = "With followPages: the most pages read in one exchange (at least 1); the CamelTimelinesAiHasMorePages header tells whether more were left.")
    private int maxPages = 100;
    @UriParam(label = "producer", description = "wabaChats/messages: how many messages one page holds, 1 to 500 (TimelinesAI's default is 50); the other lists have fixed pages of 50.")
    private Integer pageSize;

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

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }
}
