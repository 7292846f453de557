package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Instant;

import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/** The state changes of partner workspaces that become partner webhooks. */
interface PartnerEventSink {

    /** Seats became fully used (first time in the period). */
    void seatsFull(PartnerWorkspace workspace);

    /** The messaging quota reached {@code percent} (90 or 100). */
    void messagingQuotaReached(PartnerWorkspace workspace, int percent);

    void apiCallsQuotaFull(PartnerWorkspace workspace);

    void transactionsQuotaFull(PartnerWorkspace workspace);

    void accountConnected(PartnerWorkspace workspace, long userId, WhatsAppAccount account);

    void accountDisconnected(PartnerWorkspace workspace, long userId, WhatsAppAccount account, String reason);

    void tokenRotated(PartnerWorkspace workspace, Instant rotatedAt);
}
