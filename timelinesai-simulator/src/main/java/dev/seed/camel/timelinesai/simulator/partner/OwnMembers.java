package dev.seed.camel.timelinesai.simulator.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import dev.seed.camel.timelinesai.simulator.state.Workspace;

/** Users, accounts and quotas of a workspace created through the Partner API, kept on the partner side. */
final class OwnMembers implements WorkspaceMembers {
    private final Workspace workspace;
    private final LongSupplier userIds;
    private final Map<Long, Teammate> users = new LinkedHashMap<>();
    private final Map<String, WhatsAppAccount> accounts = new LinkedHashMap<>();

    OwnMembers(Workspace workspace, LongSupplier userIds) {
        this.workspace = workspace;
        this.userIds = userIds;
    }

    @Override public Workspace workspace() { return workspace; }
    @Override public synchronized List<Teammate> users() { return new ArrayList<>(users.values()); }
    @Override public synchronized Optional<Teammate> user(long userId) { return Optional.ofNullable(users.get(userId)); }
    @Override public synchronized void addUser(Teammate user) { users.put(user.userId(), user); }
    @Override public long nextUserId() { return userIds.getAsLong(); }
    @Override public synchronized List<WhatsAppAccount> accounts() { return new ArrayList<>(accounts.values()); }

    @Override
    public synchronized Optional<WhatsAppAccount> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override public synchronized void putAccount(WhatsAppAccount account) { accounts.put(account.id(), account); }

    @Override
    public void accountChanged(WhatsAppAccount account, String eventSuffix) {
        // the simulator's Public API serves the seeded workspace only: no Public webhook for this workspace
    }
}
