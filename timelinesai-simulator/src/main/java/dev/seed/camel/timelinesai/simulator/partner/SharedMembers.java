package dev.seed.camel.timelinesai.simulator.partner;

import java.util.List;
import java.util.Optional;

import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import dev.seed.camel.timelinesai.simulator.state.Workspace;

/** The seeded workspace as the Partner API sees it: teammates, accounts and quotas of the live Public API state. */
final class SharedMembers implements WorkspaceMembers {
    private final SimulatorState state;

    SharedMembers(SimulatorState state) {
        this.state = state;
    }

    @Override public Workspace workspace() { return state.workspace(); }
    @Override public List<Teammate> users() { return state.teammates(); }
    @Override public Optional<Teammate> user(long userId) { return state.teammate(userId); }
    @Override public void addUser(Teammate user) { state.putTeammate(user); }
    @Override public long nextUserId() { return state.nextUserId(); }
    @Override public List<WhatsAppAccount> accounts() { return state.accounts(); }
    @Override public Optional<WhatsAppAccount> account(String accountId) { return state.account(accountId); }
    @Override public void putAccount(WhatsAppAccount account) { state.addAccount(account); }

    @Override
    public void accountChanged(WhatsAppAccount account, String eventSuffix) {
        state.events().accountChanged(account, eventSuffix);
    }
}
