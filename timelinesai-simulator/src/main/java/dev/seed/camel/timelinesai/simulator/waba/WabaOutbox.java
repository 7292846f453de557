package dev.seed.camel.timelinesai.simulator.waba;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.api.TokenOwner;
import dev.seed.camel.timelinesai.simulator.messaging.CreditLedger;
import dev.seed.camel.timelinesai.simulator.messaging.EventLoopScheduler;
import dev.seed.camel.timelinesai.simulator.messaging.Outbox;
import dev.seed.camel.timelinesai.simulator.messaging.Phones;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;

/**
 * The WABA send pipeline, with the rules of the QR one: charges the credits on the shared ledger, opens the
 * chat when needed, stores the message as {@code Pending} and dispatches it from its account's queue, one
 * message every {@code sendInterval} plus jitter. Dispatch walks {@code Sending}, {@code Sent},
 * {@code Delivered} ({@code waba:message:delivered}), or ends in {@code Failed} with Meta's reason, a refund
 * and {@code waba:message:failed}.
 */
public final class WabaOutbox {
    /** Meta's error for an unreachable number (contacts starting with {@link Phones#UNREACHABLE_PREFIX}). */
    public static final WabaMessage.Failure UNDELIVERABLE = new WabaMessage.Failure(131026, "Message undeliverable",
            "The recipient's phone number is not a WhatsApp number.");
    /** Meta's error for a free-form message whose window closed before it left the queue. */
    public static final WabaMessage.Failure RE_ENGAGEMENT = new WabaMessage.Failure(131047, "Re-engagement message",
            "More than 24 hours have passed since the customer last replied to this number.");
    /** Meta's error when the sending account is no longer usable at dispatch. */
    public static final WabaMessage.Failure ACCOUNT_LOCKED = new WabaMessage.Failure(131031, "Account has been locked",
            "The WhatsApp Business account is not active.");

    private final SimulatorContext context;
    private final CreditLedger ledger;
    private final WabaEvents events;
    private final EventLoopScheduler scheduler;
    private final Map<Long, Deque<Queued>> queues = new HashMap<>();
    private final Map<Long, Instant> lastDispatch = new HashMap<>();
    private final Map<Long, Instant> due = new HashMap<>();
    private long generation;

    private record Queued(WabaChat chat, WabaMessage message) {
    }

    public WabaOutbox(SimulatorContext context, Outbox qrOutbox, WabaEvents events) {
        this.context = context;
        this.ledger = qrOutbox.ledger();
        this.events = events;
        this.scheduler = new EventLoopScheduler(context.vertx());
    }

    /**
     * Charges the send (403 {@code quota_exceeded} when the quota is short), opens a chat for a new contact
     * ({@code waba:chat:outgoing}), stores the message and queues it. Returns the stored message.
     */
    public synchronized WabaMessage accept(WabaSend send) {
        SimulatorState state = context.state();
        ledger.charge(state.workspace().messagingQuota(), send.credits());
        WabaChat chat = send.chat() != null ? send.chat() : openChat(send);
        WabaAccount account = send.account();
        Message message = Message.builder(SimulatorState.newUid(), chat.id(), state.now())
                .fromMe(true).text(send.text())
                .sender(account.phone(), account.accountName()).recipient(chat.phone(), chat.chat().name())
                .origin("Public API").createdBy(TokenOwner.displayName(state))
                .attachment(send.file()).credits(send.credits()).build();
        WabaMessage stored = new WabaMessage(message, account.id(), send.template());
        state.waba().storeMessage(chat, stored);
        queues.computeIfAbsent(account.id(), id -> new ArrayDeque<>()).addLast(new Queued(chat, stored));
        if (!due.containsKey(account.id())) {
            arm(account.id());
        }
        return stored;
    }

    private WabaChat openChat(WabaSend send) {
        SimulatorState state = context.state();
        String phone = send.newChatPhone();
        Chat chat = new Chat(state.nextChatId(), Phones.digits(phone) + "@s.whatsapp.net", false,
                WabaIds.chatAccountKey(send.account().id()), phone, phone, state.now());
        WabaChat waba = new WabaChat(chat, send.account().id());
        state.waba().putChat(waba);
        events.chatCreated(waba, false);
        return waba;
    }

    /** Forgets queued work; timers already set find a newer generation and do nothing. */
    public synchronized void reset() {
        generation++;
        queues.clear();
        lastDispatch.clear();
        due.clear();
    }

    private void arm(long accountId) {
        Instant now = context.state().now();
        Instant last = lastDispatch.get(accountId);
        Duration gap = gap();
        Instant at = last == null || !last.plus(gap).isAfter(now) ? now : last.plus(gap);
        due.put(accountId, at);
        long gen = generation;
        scheduler.later(Duration.between(now, at).toMillis(), () -> fire(accountId, gen));
    }

    private Duration gap() {
        Duration interval = context.options().sendInterval();
        long jitter = context.options().sendJitter().toMillis();
        return jitter <= 0 ? interval : interval.plusMillis(ThreadLocalRandom.current().nextLong(jitter + 1));
    }

    private synchronized void fire(long accountId, long gen) {
        if (gen != generation) {
            return;
        }
        Instant now = context.state().now();
        Instant at = due.get(accountId);
        if (at != null && now.isBefore(at)) {
            long rest = Math.max(1, Duration.between(now, at).toMillis() + 1);
            scheduler.later(rest, () -> fire(accountId, gen));
            return;
        }
        due.remove(accountId);
        lastDispatch.put(accountId, now);
        Deque<Queued> queue = queues.getOrDefault(accountId, new ArrayDeque<>());
        Queued next = queue.pollFirst();
        if (next != null) {
            dispatch(next, now, gen);
        }
        if (!queue.isEmpty()) {
            arm(accountId);
        }
    }

    private void dispatch(Queued queued, Instant now, long gen) {
        WabaMessage message = queued.message();
        message.message().addStatus("Sending", now, null);
        WabaMessage.Failure failure = failureAt(queued, now);
        if (failure != null) {
            scheduler.later(Outbox.DELIVERY_DELAY.toMillis(), () -> fail(queued, failure, gen));
            return;
        }
        message.message().addStatus("Sent", context.state().now(), null);
        scheduler.later(Outbox.DELIVERY_DELAY.toMillis(), () -> deliver(queued, gen));
    }

    /** Why Meta would refuse the message now, or null. */
    private WabaMessage.Failure failureAt(Queued queued, Instant now) {
        boolean active = context.state().waba().account(queued.message().wabaAccountId())
                .map(WabaAccount::isActive).orElse(false);
        if (!active) {
            return ACCOUNT_LOCKED;
        }
        if (Phones.isUnreachable(queued.chat().phone())) {
            return UNDELIVERABLE;
        }
        if (queued.message().template() == null && !queued.chat().isWindowOpen(now)) {
            return RE_ENGAGEMENT;
        }
        return null;
    }

    private synchronized void deliver(Queued queued, long gen) {
        if (gen != generation) {
            return;
        }
        queued.message().message().addStatus("Delivered", context.state().now(), null);
        events.messageStatus("delivered", queued.chat(), queued.message());
    }

    private synchronized void fail(Queued queued, WabaMessage.Failure failure, long gen) {
        if (gen != generation) {
            return;
        }
        queued.message().fail(failure, context.state().now());
        ledger.refund(context.state().workspace().messagingQuota(), queued.message().message().credits());
        events.messageStatus("failed", queued.chat(), queued.message());
    }
}
