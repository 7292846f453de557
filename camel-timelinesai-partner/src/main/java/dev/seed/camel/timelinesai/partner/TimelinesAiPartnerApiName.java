package dev.seed.camel.timelinesai.partner;

/** The API groups of the {@code timelinesai-partner:<api>/<operation>} URI. */
public enum TimelinesAiPartnerApiName {
    workspaces,
    users,
    tokens,
    /** The consumer of partner events: {@code timelinesai-partner:events}. */
    events
}
