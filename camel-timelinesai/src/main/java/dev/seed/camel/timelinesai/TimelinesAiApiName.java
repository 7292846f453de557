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
    /** The consumer of workspace events: {@code timelinesai:events}. */
    events
}
