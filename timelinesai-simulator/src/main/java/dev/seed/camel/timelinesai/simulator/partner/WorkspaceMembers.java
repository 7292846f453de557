package dev.seed.camel.timelinesai.simulator.partner;

import java.util.List;
import java.util.Optional;

import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import dev.seed.camel.timelinesai.simulator.state.Workspace;

/**
 * Where a partner workspace keeps its quotas, users and WhatsApp accounts: the live Public API state for the
 * seeded workspace ({@link SharedMembers}), partner-side records for workspaces created through the Partner
 * API ({@link OwnMembers}).
 */
interface WorkspaceMembers {

    /** Identity, period and the quotas (seats, messaging, API calls, non-recurring). */
    Workspace workspace();

    List<Teammate> users();

    Optional<Teammate> user(long userId);

    void addUser(Teammate user);

    long nextUserId();

    List<WhatsAppAccount> accounts();

    Optional<WhatsAppAccount> account(String accountId);

    /** Stores an account, replacing one with the same id. */
    void putAccount(WhatsAppAccount account);

    /** An account changed status; the shared workspace fires the Public {@code whatsapp:account:*} webhook. */
    void accountChanged(WhatsAppAccount account, String eventSuffix);
}
