package dev.seed.camel.timelinesai;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of the {@code messages/*} operations: recipient, attachment, reply, reaction and status wait. */
@UriParams
public class TimelinesAiMessageOptions {
    @UriParam(label = "producer", description = "Recipient phone number in international format (+14155551234) for messages/send; for chats/list the contact phone filter (a leading + matches exactly).")
    private String phone;
    @UriParam(label = "producer", description = "Recipient WhatsApp JID for messages/send: a contact (digits@s.whatsapp.net) or a group (id@g.us).")
    private String jid;
    @UriParam(label = "producer", description = "Exact chat name for messages/send. This uses the deprecated POST /messages/to_chat_name route and logs a warning; prefer chatId, phone or jid.")
    private String chatName;
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
    @UriParam(label = "producer", description = "Uid of the message of messages/get, statusHistory, reactions, react and awaitStatus, and of the same wabaMessages operations (when not set, the body is used as uid).")
    private String messageUid;
    @UriParam(label = "producer", description = "The emoji messages/react and wabaMessages/react put on the message; an empty value clears the own reaction. Defaults to the body.")
    private String reaction;
    @UriParam(label = "producer", defaultValue = "Delivered", enums = "Sent,Delivered,Read", description = "The status messages/awaitStatus and wabaMessages/awaitStatus wait for (a later status also satisfies it). Failed ends the wait with TimelinesAiMessageFailedException.")
    private String expectedStatus = "Delivered";
    @UriParam(label = "producer", defaultValue = "60000", javaType = "java.time.Duration", description = "How long messages/awaitStatus (and wabaMessages/awaitStatus) waits before failing with TimelinesAiAwaitTimeoutException, and wabaAccounts/awaitAnalytics before failing with TimelinesAiAnalyticsTimeoutException (milliseconds or a duration such as 2m).")
    private long awaitTimeout = 60000;
    @UriParam(label = "producer", defaultValue = "2000", javaType = "java.time.Duration", description = "Delay between two status checks of messages/awaitStatus and wabaMessages/awaitStatus, or two reads of the analytics handle of wabaAccounts/awaitAnalytics (milliseconds or a duration); TimelinesAI dispatches messages about 2 s apart, so polling faster gains little.")
    private long pollInterval = 2000;

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
}
