package dev.seed.camel.timelinesai;

import org.apache.camel.spi.Metadata;

/** Message headers of the TimelinesAI component: inputs override endpoint options, outputs carry results. */
public final class TimelinesAiConstants {

    @Metadata(label = "common", description = "The chat id: target of messages/send and wabaMessages/send, and the "
            + "chat of the chats, labels, messages, wabaChats, wabaLabels and wabaMessages operations. Overrides the "
            + "chatId option. Set by the consumer to the event's chat.",
            javaType = "Long")
    public static final String CHAT_ID = "CamelTimelinesAiChatId";
    @Metadata(label = "producer", description = "The recipient phone number (E.164) for messages/send and "
            + "wabaMessages/send, or the contact phone filter of chats/list and wabaChats/list. Overrides the phone "
            + "option.", javaType = "String")
    public static final String PHONE = "CamelTimelinesAiPhone";
    @Metadata(label = "producer", description = "The recipient JID (contact or group) for messages/send. Overrides the "
            + "jid option.", javaType = "String")
    public static final String JID = "CamelTimelinesAiJid";
    @Metadata(label = "producer", description = "The exact chat name for messages/send (deprecated route). Overrides "
            + "the chatName option.", javaType = "String")
    public static final String CHAT_NAME = "CamelTimelinesAiChatName";
    @Metadata(label = "producer", description = "Text of the message, note or template; with an attachment body it is "
            + "the text sent with the file. Overrides the text option.", javaType = "String")
    public static final String TEXT = "CamelTimelinesAiText";
    @Metadata(label = "producer", description = "Uid of an uploaded file: the attachment of messages/send, or the file "
            + "of files/get, files/download and files/delete. Overrides the fileUid option.", javaType = "String")
    public static final String FILE_UID = "CamelTimelinesAiFileUid";
    @Metadata(label = "producer", description = "A public URL of a file to attach (uploaded with POST /files first) or "
            + "to upload with files/upload. Overrides the fileUrl option.", javaType = "String")
    public static final String FILE_URL = "CamelTimelinesAiFileUrl";
    @Metadata(label = "producer", description = "File name of an uploaded attachment (in), the file name filter of "
            + "files/list, or the name of a downloaded file (out). Overrides the fileName option.", javaType = "String")
    public static final String FILE_NAME = "CamelTimelinesAiFileName";
    @Metadata(label = "producer", description = "MIME type of an uploaded attachment (in) or of a downloaded file (out). "
            + "Overrides the contentType option.", javaType = "String")
    public static final String CONTENT_TYPE = "CamelTimelinesAiContentType";
    @Metadata(label = "producer", description = "Uid of the message to reply to (quote). Overrides the replyTo option.",
            javaType = "String")
    public static final String REPLY_TO = "CamelTimelinesAiReplyTo";
    @Metadata(label = "producer", description = "Label to put on the chat a message goes to, or comma-separated labels "
            + "to filter chats/list by. Overrides the label option.", javaType = "String")
    public static final String LABEL = "CamelTimelinesAiLabel";
    @Metadata(label = "producer", description = "Labels for labels/add, labels/replace and labels/remove, as a "
            + "comma-separated String or a java.util.List. Overrides the labels option.", javaType = "Object")
    public static final String LABELS = "CamelTimelinesAiLabels";
    @Metadata(label = "producer", description = "Phone of the WhatsApp account to send from (messages/send to a phone "
            + "or JID). Overrides the whatsappAccountPhone option.", javaType = "String")
    public static final String WHATSAPP_ACCOUNT_PHONE = "CamelTimelinesAiWhatsappAccountPhone";
    @Metadata(description = "Uid of a message: the input of messages/get, statusHistory, reactions, react and "
            + "awaitStatus (and of the same wabaMessages operations); the result of messages/send, sendVoice, react, "
            + "chats/addNote, wabaMessages/send and react; set by the consumer to the "
            + "event's message (or call entry, or reacted message).", javaType = "String")
    public static final String MESSAGE_UID = "CamelTimelinesAiMessageUid";
    @Metadata(label = "producer", description = "The reaction emoji of messages/react and wabaMessages/react "
            + "(empty clears it). Overrides the reaction option.", javaType = "String")
    public static final String REACTION = "CamelTimelinesAiReaction";
    @Metadata(label = "producer", description = "The status messages/awaitStatus and "
            + "wabaMessages/awaitStatus wait for: Sent, Delivered or Read. Overrides the expectedStatus option.",
            javaType = "String")
    public static final String EXPECTED_STATUS = "CamelTimelinesAiExpectedStatus";
    @Metadata(label = "producer", description = "The message status reached (out, messages/awaitStatus and "
            + "wabaMessages/awaitStatus).",
            javaType = "String")
    public static final String MESSAGE_STATUS = "CamelTimelinesAiMessageStatus";
    @Metadata(label = "producer", description = "Id of the webhook subscription of webhooks/get, update and delete. "
            + "Overrides the webhookId option.", javaType = "Long")
    public static final String WEBHOOK_ID = "CamelTimelinesAiWebhookId";
    @Metadata(label = "producer", description = "Id of the text template of templates/get, update, delete and "
            + "trackUsage, or of the WABA template of wabaTemplates/get. Overrides the templateId option.", javaType = "Long")
    public static final String TEMPLATE_ID = "CamelTimelinesAiTemplateId";
    @Metadata(label = "producer", description = "wabaMessages/send and wabaTemplates/check: the name of the approved "
            + "WABA template to send. Overrides the wabaTemplateName option.", javaType = "String")
    public static final String WABA_TEMPLATE_NAME = "CamelTimelinesAiWabaTemplateName";
    @Metadata(label = "producer", description = "wabaMessages/send and wabaTemplates/check: the language of the WABA "
            + "template, e.g. en_US. Overrides the wabaTemplateLanguage option.", javaType = "String")
    public static final String WABA_TEMPLATE_LANGUAGE = "CamelTimelinesAiWabaTemplateLanguage";
    @Metadata(label = "producer", description = "wabaMessages/send and wabaTemplates/check: the template's variable "
            + "values: a WabaTemplateVariables, a java.util.List (positional body values), a java.util.Map with the "
            + "keys header and/or body (each a List of positional or a Map of named values), or any other Map "
            + "(named body values). Takes precedence over such a body.", javaType = "Object")
    public static final String WABA_TEMPLATE_VARIABLES = "CamelTimelinesAiWabaTemplateVariables";
    @Metadata(label = "producer", description = "Id of the invited user of workspace/revokeInvitation. Overrides the "
            + "userId option.", javaType = "Long")
    public static final String USER_ID = "CamelTimelinesAiUserId";
    @Metadata(label = "producer", description = "The page of chats/list to read (in); pages start at 1. Overrides the page "
            + "option.", javaType = "Integer")
    public static final String PAGE = "CamelTimelinesAiPage";
    @Metadata(label = "producer", description = "Whether more pages follow the result (out, chats/list and "
            + "chats/messages).", javaType = "Boolean")
    public static final String HAS_MORE_PAGES = "CamelTimelinesAiHasMorePages";
    @Metadata(label = "producer", description = "How many pages were read into the result (out, chats/list and "
            + "chats/messages).", javaType = "Integer")
    public static final String PAGES_READ = "CamelTimelinesAiPagesRead";
    @Metadata(label = "producer", description = "Number of items in a list result (out, every list operation).",
            javaType = "Integer")
    public static final String RESULT_COUNT = "CamelTimelinesAiResultCount";
    /**
     * Exchange property (not a header) holding the producer's own exception when a call failed: on a forced
     * shutdown Camel replaces the exchange's exception with a RejectedExecutionException, and this keeps whether
     * the send was ambiguous or surely not sent.
     */
    public static final String FAILURE_PROPERTY = "CamelTimelinesAiFailure";

    @Metadata(label = "consumer", description = "The event type of a consumed event, e.g. message:received:new.",
            javaType = "String")
    public static final String EVENT_TYPE = "CamelTimelinesAiEventType";
    @Metadata(label = "consumer", description = "Phone of the workspace's WhatsApp account (or WABA phone number) a "
            + "consumed event concerns (when the payload has one).", javaType = "String")
    public static final String ACCOUNT_PHONE = "CamelTimelinesAiAccountPhone";
    @Metadata(label = "consumer", description = "JID of the workspace's WhatsApp account a consumed event concerns "
            + "(when the payload has one; not set for WABA events, see CamelTimelinesAiWabaAccountId).",
            javaType = "String")
    public static final String ACCOUNT_ID = "CamelTimelinesAiAccountId";
    @Metadata(label = "common", description = "Internal id of the WABA (WhatsApp Business Platform) account a "
            + "consumed waba:message, waba:chat or waba:account event concerns; for the producer, the sending account "
            + "of wabaMessages/send to a phone, the account wabaTemplates/check checks for, the account of "
            + "wabaAccounts/* and the account filter of wabaChats/list (there a list or comma-separated ids). "
            + "Overrides the wabaAccountId option.", javaType = "Long")
    public static final String WABA_ACCOUNT_ID = "CamelTimelinesAiWabaAccountId";
    @Metadata(label = "consumer", description = "incoming or outgoing, for consumed message, call and chat-creation "
            + "events that have a direction.", javaType = "String")
    public static final String DIRECTION = "CamelTimelinesAiDirection";
    @Metadata(label = "consumer", description = "With downloadAttachments: the files of a message event, downloaded "
            + "before their URLs expire.",
            javaType = "java.util.List<dev.seed.camel.timelinesai.consumer.DownloadedAttachment>")
    public static final String ATTACHMENTS = "CamelTimelinesAiAttachments";

    private TimelinesAiConstants() {
    }
}
