package dev.seed.camel.timelinesai;

/** The API groups of the {@code timelinesai:<api>/<operation>} URI. */
public enum TimelinesAiApiName {
    messages,
    chats,
    labels,
    files,
    accounts,
    workspace,
    webhooks,
    templates,
    /** WhatsApp Business Platform messages: {@code /waba/messages} and {@code /waba/chats/{id}/messages}. */
    wabaMessages,
    /** WhatsApp Business Platform chats: {@code /waba/chats}. */
    wabaChats,
    /** Labels of WhatsApp Business Platform chats: {@code /waba/chats/{id}/labels}. */
    wabaLabels,
    /** WhatsApp Business Platform accounts and their analytics: {@code /waba/accounts}. */
    wabaAccounts,
    /** WhatsApp Business Platform (Meta-approved) templates: {@code /waba/templates}. */
    wabaTemplates,
    /** The consumer of workspace events: {@code timelinesai:events}. */
    events
}
