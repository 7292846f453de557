package dev.seed.camel.timelinesai.simulator.waba;

import java.util.Optional;

import dev.seed.camel.timelinesai.simulator.events.WebhookDispatcher;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;

/**
 * Turns WABA state changes into the 16 {@code waba:*} webhook events: builds each payload at the moment of
 * the change and hands it to the shared {@link WebhookDispatcher}.
 */
public final class WabaEvents {
    private final SimulatorState state;
    private final WebhookDispatcher dispatcher;
    private final WabaPayloads payloads;

    public WabaEvents(SimulatorState state, WebhookDispatcher dispatcher, WabaPayloads payloads) {
        this.state = state;
        this.dispatcher = dispatcher;
        this.payloads = payloads;
    }

    /** A contact's message was stored: {@code waba:message:received}. */
    public void messageReceived(WabaChat chat, WabaMessage message) {
        messageEvent("waba:message:received", chat, message);
    }

    /** An outbound message reached {@code Delivered}, {@code Read} or {@code Failed}: {@code waba:message:<suffix>}. */
    public void messageStatus(String suffix, WabaChat chat, WabaMessage message) {
        messageEvent("waba:message:" + suffix, chat, message);
    }

    private void messageEvent(String eventType, WabaChat chat, WabaMessage message) {
        account(chat.wabaAccountId()).ifPresent(account ->
                dispatcher.dispatch(eventType, payloads.message(eventType, account, chat, message, state.now())));
    }

    /** A new chat: {@code waba:chat:incoming} when the contact started it, else {@code waba:chat:outgoing}. */
    public void chatCreated(WabaChat chat, boolean startedByContact) {
        chatEvent(startedByContact ? "waba:chat:incoming" : "waba:chat:outgoing", chat);
    }

    /** {@code waba:chat:<suffix>}: assigned, unassigned, closed or reopened. */
    public void chatChanged(String suffix, WabaChat chat) {
        chatEvent("waba:chat:" + suffix, chat);
    }

    private void chatEvent(String eventType, WabaChat chat) {
        account(chat.wabaAccountId()).ifPresent(account ->
                dispatcher.dispatch(eventType, payloads.chat(eventType, account, chat)));
    }

    /** The account's status changed: {@code waba:account:active|disabled|disconnected}; returns the event type. */
    public String accountChanged(WabaAccount account) {
        String eventType = "waba:account:" + account.status();
        dispatcher.dispatch(eventType, payloads.account(eventType, account));
        return eventType;
    }

    /**
     * The template's status changed: APPROVED fires {@code approved}, REJECTED {@code rejected}, DISABLED and
     * PENDING_DELETION {@code disabled}; other statuses fire nothing. Returns the event type or null.
     */
    public String templateChanged(WabaTemplate template) {
        String suffix = switch (template.status()) {
            case "APPROVED" -> "approved";
            case "REJECTED" -> "rejected";
            case "DISABLED", "PENDING_DELETION" -> "disabled";
            default -> null;
        };
        if (suffix == null) {
            return null;
        }
        String eventType = "waba:template:" + suffix;
        dispatcher.dispatch(eventType, payloads.template(eventType, template,
                state.waba().accountIdsOf(template.metaWabaId())));
        return eventType;
    }

    private Optional<WabaAccount> account(long id) {
        return state.waba().account(id);
    }
}
