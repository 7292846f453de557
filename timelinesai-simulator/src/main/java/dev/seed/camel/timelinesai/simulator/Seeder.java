package dev.seed.camel.timelinesai.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import dev.seed.camel.timelinesai.simulator.state.Workspace;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;

/**
 * Fills the simulator with a deterministic workspace: three WhatsApp accounts, three teammates, 60 direct
 * chats (more than a page) with a little history, one group chat, and the WABA accounts of {@link WabaSeeder}.
 */
public final class Seeder {
    /** Phones of the seeded WhatsApp accounts; the first is the most recently connected (the default sender). */
    public static final List<String> ACCOUNT_PHONES = List.of("+14155550100", "+14155550101", "+4915112345678");
    /** Number of seeded direct chats. */
    public static final int DIRECT_CHATS = 60;
    /** Id of the seeded group chat. */
    public static final long GROUP_CHAT_ID = 1_000_000;

    private Seeder() {
    }

    /** Clears the state and seeds it (or leaves only the workspace and token when seeding is off). */
    public static void reset(SimulatorState state, SimulatorOptions options) {
        state.clear();
        Instant now = state.now();
        ZonedDateTime periodStart = now.atZone(options.zone()).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
        state.setWorkspace(new Workspace("acme-support", "Acme Support", "Business", 15, options.messagingQuota(),
                options.apiCallsQuota(), 1000, periodStart));
        state.addToken(options.token());
        if (!options.seed()) {
            return;
        }
        Teammate owner = new Teammate(state.nextUserId(), "alice@acme.example", "Alice Owner", "Owner", "Default",
                "Active", null, now.minus(Duration.ofDays(400)));
        Teammate admin = new Teammate(state.nextUserId(), "bob@acme.example", "Bob Admin", "Admin", "Default",
                "Active", null, now.minus(Duration.ofDays(300)));
        Teammate agent = new Teammate(state.nextUserId(), "carol@acme.example", "Carol Agent", "Agent", "Support",
                "Active", null, now.minus(Duration.ofDays(200)));
        List<Teammate> members = List.of(owner, admin, agent);
        WhatsAppAccount sales = new WhatsAppAccount(ACCOUNT_PHONES.get(0), "Acme Sales", owner.displayName(),
                owner.email(), now.minus(Duration.ofDays(10)));
        WhatsAppAccount support = new WhatsAppAccount(ACCOUNT_PHONES.get(1), "Acme Support", admin.displayName(),
                admin.email(), now.minus(Duration.ofDays(30)));
        WhatsAppAccount europe = new WhatsAppAccount(ACCOUNT_PHONES.get(2), "Acme EU", agent.displayName(),
                agent.email(), now.minus(Duration.ofDays(60)));
        List<WhatsAppAccount> accounts = List.of(sales, support, europe);
        for (int i = 0; i < accounts.size(); i++) {
            state.addAccount(accounts.get(i));
            members.get(i).whatsappAccountIds().add(accounts.get(i).id());
        }
        members.forEach(state::putTeammate);
        state.workspace().seats().setUsed(members.size());

        Chat group = new Chat(GROUP_CHAT_ID, "120363025246125486@g.us", true, support.id(), "Acme Partners", null,
                now.minus(Duration.ofDays(90)));
        state.putChat(group);
        for (int i = 1; i <= DIRECT_CHATS; i++) {
            WhatsAppAccount owning = accounts.get(i % accounts.size());
            String phone = String.format("+1415555%04d", 2000 + i);
            Chat chat = new Chat(state.nextChatId(), SimulatorState.digits(phone) + "@s.whatsapp.net", false,
                    owning.id(), String.format("Customer %03d", i), phone, now.minus(Duration.ofDays(80 - i)));
            if (i % 5 == 0) {
                chat.labels().add("vip");
            }
            if (i % 7 == 0) {
                chat.labels().add("lead");
            }
            chat.setClosed(i % 10 == 0);
            chat.setRead(i % 3 != 0);
            if (i % 4 == 0) {
                Teammate responsible = members.get(i % members.size());
                chat.setResponsible(responsible.email(), responsible.displayName());
            }
            state.putChat(chat);
            Instant at = now.minus(Duration.ofHours(200 - 3L * i));
            state.storeMessage(chat, Message.builder(SimulatorState.newUid(), chat.id(), at)
                    .fromMe(false).text("Hello from customer " + i)
                    .sender(phone, chat.name()).recipient(owning.phone(), owning.accountName())
                    .origin("WhatsApp").build());
            if (i % 2 == 0) {
                Message reply = Message.builder(SimulatorState.newUid(), chat.id(), at.plusSeconds(60))
                        .fromMe(true).text("Thanks, we are on it")
                        .sender(owning.phone(), owning.accountName()).recipient(phone, chat.name())
                        .origin("Shared Inbox").createdBy(owning.ownerName()).build();
                reply.addStatus("Sent", at.plusSeconds(61), null);
                reply.addStatus("Delivered", at.plusSeconds(62), null);
                state.storeMessage(chat, reply);
            }
        }
        group.groupMembers().add(new Chat.GroupMember("Customer 001", "+14155552001", "member", GROUP_CHAT_ID + 1));
        group.groupMembers().add(new Chat.GroupMember("Acme Support", support.phone(), "admin", null));
        state.storeMessage(group, Message.builder(SimulatorState.newUid(), group.id(), now.minus(Duration.ofHours(1)))
                .fromMe(false).text("Partners sync at 10:00").sender("+14155552001", "Customer 001")
                .recipient(support.phone(), group.name()).origin("WhatsApp").build());
        WabaSeeder.seed(state);
    }
}
