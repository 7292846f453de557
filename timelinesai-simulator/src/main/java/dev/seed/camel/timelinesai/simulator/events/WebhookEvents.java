package dev.seed.camel.timelinesai.simulator.events;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns state changes into the 16 non-WABA webhook events: builds each payload at the moment of the change
 * (so later changes do not leak into it) and hands it to the {@link WebhookDispatcher}.
 */
public final class WebhookEvents implements SimulatorEvents {
    /** The suffixes of the {@code whatsapp:account:*} events. */
    public static final List<String> ACCOUNT_EVENTS = List.of("connected", "disconnected", "suspended", "resumed");
    private static final Logger LOG = LoggerFactory.getLogger(WebhookEvents.class);

    private final SimulatorState state;
    private final Timestamps timestamps;
    private final WebhookDispatcher dispatcher;
    private final Function<StoredFile, String> downloadUrl;

    public WebhookEvents(SimulatorState state, Timestamps timestamps, WebhookDispatcher dispatcher,
                         Function<StoredFile, String> downloadUrl) {
        this.state = state;
        this.timestamps = timestamps;
        this.dispatcher = dispatcher;
        this.downloadUrl = downloadUrl;
    }

    @Override
    public void messageCreated(Chat chat, Message message) {
        if (!"whatsapp".equals(message.messageType())) {
            return;
        }
        accountOf(chat).ifPresent(account -> {
            dispatcher.dispatch("message:new",
                    MessagePayloads.messageEvent("message:new", chat, account, message, timestamps, downloadUrl));
            String directed = message.fromMe() ? "message:sent:new" : "message:received:new";
            dispatcher.dispatch(directed,
                    MessagePayloads.messageEvent(directed, chat, account, message, timestamps, downloadUrl));
        });
    }

    @Override
    public void chatCreated(Chat chat, boolean startedByContact) {
        accountOf(chat).ifPresent(account -> {
            dispatcher.dispatch("chat:new", ChatPayloads.chatEvent("chat:new", chat, account, null, null, timestamps));
            if (!chat.isGroup()) {
                String directed = startedByContact ? "chat:incoming:new" : "chat:outgoing:new";
                dispatcher.dispatch(directed, ChatPayloads.chatEvent(directed, chat, account, null, null, timestamps));
            }
        });
    }

    @Override
    public void chatAssigned(Chat chat, String previousName, String previousEmail) {
        responsibleChanged("chat:responsible:assigned", chat, previousName, previousEmail);
    }

    @Override
    public void chatUnassigned(Chat chat, String previousName, String previousEmail) {
        responsibleChanged("chat:responsible:unassigned", chat, previousName, previousEmail);
    }

    private void responsibleChanged(String eventType, Chat chat, String previousName, String previousEmail) {
        accountOf(chat).ifPresent(account -> dispatcher.dispatch(eventType,
                ChatPayloads.chatEvent(eventType, chat, account, previousName, previousEmail, timestamps)));
    }

    @Override
    public void reactionChanged(Chat chat, Message message, String reactorName, String reactorPhone, String emoji,
                                boolean cleared) {
        accountOf(chat).ifPresent(account -> dispatcher.dispatch("message:reaction",
                ReactionPayloads.reactionEvent(chat, account, message, reactorName, reactorPhone, emoji, cleared,
                        state.now(), timestamps)));
    }

    @Override
    public void callLogged(Chat chat, Message call, CallFacts facts) {
        String eventType = CallPayloads.eventType(facts.direction(), facts.status());
        accountOf(chat).ifPresent(account -> dispatcher.dispatch(eventType,
                CallPayloads.callEvent(eventType, chat, account, call, facts, timestamps)));
    }

    @Override
    public void accountChanged(WhatsAppAccount account, String eventSuffix) {
        if (!ACCOUNT_EVENTS.contains(eventSuffix)) {
            throw new IllegalArgumentException("account event must be one of " + ACCOUNT_EVENTS);
        }
        String eventType = "whatsapp:account:" + eventSuffix;
        dispatcher.dispatch(eventType, AccountPayloads.accountEvent(eventType, account, timestamps));
    }

    private Optional<WhatsAppAccount> accountOf(Chat chat) {
        Optional<WhatsAppAccount> account = state.account(chat.accountId());
        if (account.isEmpty()) {
            LOG.warn("Chat {} belongs to no known WhatsApp account ({}); no webhook fired", chat.id(), chat.accountId());
        }
        return account;
    }
}
