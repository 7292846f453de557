package dev.seed.camel.timelinesai.simulator.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.seed.camel.timelinesai.simulator.SimulatorContext;
import dev.seed.camel.timelinesai.simulator.api.TokenOwner;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/**
 * The send pipeline behind every Public API send endpoint: charges the credits, opens the chat when needed,
 * stores the message as {@code Pending}, and dispatches it from its account's queue, one message every
 * {@code sendInterval} plus up to {@code sendJitter}. Dispatch walks the status history
 * ({@code Sending}, {@code Sent}, {@code Delivered}, or {@code Failed} with a refund for unreachable numbers)
 * and fires the message events once, when the message is sent.
 */
public final class Outbox {
    /** How long after {@code Sent} a message is {@code Delivered} (and after {@code Sending} it fails). */
    public static final Duration DELIVERY_DELAY = Duration.ofMillis(100);
    static final String UNREACHABLE_REASON = "The number is not registered on WhatsApp";

    private final SimulatorContext context;
    private final EventLoopScheduler scheduler;
    private final CreditLedger ledger = new CreditLedger();
    private final List<OutboundSend> accepted = new ArrayList<>();
    private final Map<String, SendQueue> queues = new HashMap<>();
    private long generation;

    public Outbox(SimulatorContext context) {
        this.context = context;
        this.scheduler = new EventLoopScheduler(context.vertx());
    }

    public CreditLedger ledger() {
        return ledger;
    }

    /**
     * Accepts a validated send: charges it (403 {@code quota_exceeded} when the quota is short), opens a chat
     * for a new contact, applies the label, stores the message and queues it. Returns the stored message.
     */
    public synchronized Message accept(SendPlan plan) {
        SimulatorState state = context.state();
        SendContent content = plan.content();
        ledger.charge(state.workspace().messagingQuota(), content.credits());
        Chat chat = plan.chat() != null ? plan.chat() : openChat(plan.account(), plan.newChatPhone());
        if (content.label() != null && !content.label().isEmpty()) {
            chat.labels().add(content.label());
        }
        WhatsAppAccount account = plan.account();
        Message message = Message.builder(SimulatorState.newUid(), chat.id(), state.now())
                .fromMe(true).text(content.text())
                .sender(account.phone(), account.accountName())
                .recipient(chat.isGroup() ? "" : chat.phone(), chat.name())
                .origin("Public API").createdBy(TokenOwner.displayName(state))
                .replyTo(content.replyTo()).attachment(content.file())
                .credits(content.credits()).build();
        state.storeMessage(chat, message);
        OutboundSend send = new OutboundSend(chat, account, message, plan.endpoint());
        accepted.add(send);
        SendQueue queue = queues.computeIfAbsent(account.id(), id -> new SendQueue());
        queue.add(send);
        if (!queue.armed()) {
            arm(queue);
        }
        return message;
    }

    private Chat openChat(WhatsAppAccount account, String phone) {
        SimulatorState state = context.state();
        Chat chat = new Chat(state.nextChatId(), Phones.digits(phone) + "@s.whatsapp.net", false, account.id(), phone,
                phone, state.now());
        return state.addChat(chat, false);
    }

    /** Every message accepted since the last reset, in order. */
    public synchronized List<OutboundSend> accepted() {
        return new ArrayList<>(accepted);
    }

    /** Forgets queued work and records; timers already set find a newer generation and do nothing. */
    public synchronized void reset() {
        generation++;
        accepted.clear();
        queues.clear();
        ledger.clear();
    }

    private void arm(SendQueue queue) {
        Instant now = context.state().now();
        Instant due = queue.arm(now, gap());
        long gen = generation;
        scheduler.later(Duration.between(now, due).toMillis(), () -> fire(queue, gen));
    }

    private Duration gap() {
        Duration interval = context.options().sendInterval();
        long jitter = context.options().sendJitter().toMillis();
        return jitter <= 0 ? interval : interval.plusMillis(ThreadLocalRandom.current().nextLong(jitter + 1));
    }

    private synchronized void fire(SendQueue queue, long gen) {
        if (gen != generation) {
            return;
        }
        Instant now = context.state().now();
        if (now.isBefore(queue.due())) {
            // the timer fired a little early against the state's clock: wait for the rest of the gap
            long rest = Math.max(1, Duration.between(now, queue.due()).toMillis() + 1);
            scheduler.later(rest, () -> fire(queue, gen));
            return;
        }
        OutboundSend send = queue.take(now);
        if (send != null) {
            dispatch(send, now, gen);
        }
        if (!queue.isEmpty()) {
            arm(queue);
        }
    }

    private void dispatch(OutboundSend send, Instant now, long gen) {
        Message message = send.message();
        message.addStatus("Sending", now, null);
        if (send.unreachable()) {
            scheduler.later(DELIVERY_DELAY.toMillis(), () -> fail(send, gen));
            return;
        }
        message.addStatus("Sent", context.state().now(), null);
        context.state().events().messageCreated(send.chat(), message);
        scheduler.later(DELIVERY_DELAY.toMillis(), () -> deliver(send, gen));
    }

    private synchronized void deliver(OutboundSend send, long gen) {
        if (gen == generation) {
            send.message().addStatus("Delivered", context.state().now(), null);
        }
    }

    private synchronized void fail(OutboundSend send, long gen) {
        if (gen == generation) {
            send.message().addStatus("Failed", context.state().now(), UNREACHABLE_REASON);
            ledger.refund(context.state().workspace().messagingQuota(), send.message().credits());
        }
    }
}
