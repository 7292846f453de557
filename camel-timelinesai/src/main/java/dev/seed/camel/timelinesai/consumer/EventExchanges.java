package dev.seed.camel.timelinesai.consumer;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.event.waba.WabaEvent;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** The one way both consumer modes turn an event into an exchange: the event as body, its facts as headers. */
public final class EventExchanges {

    private EventExchanges() {
    }

    public static void populate(Exchange exchange, TimelinesAiEvent event) {
        Message message = exchange.getMessage();
        message.setBody(event);
        populateHeaders(message, event);
    }

    /** The headers alone (also used for the JSON message handed over to a queue). */
    public static void populateHeaders(Message message, TimelinesAiEvent event) {
        message.setHeader(TimelinesAiConstants.EVENT_TYPE, event.eventType());
        set(message, TimelinesAiConstants.CHAT_ID, event.chatId());
        set(message, TimelinesAiConstants.MESSAGE_UID, event.messageUid());
        set(message, TimelinesAiConstants.ACCOUNT_PHONE, event.accountPhone());
        set(message, TimelinesAiConstants.ACCOUNT_ID, event.accountId());
        set(message, TimelinesAiConstants.DIRECTION, event.direction());
        if (event instanceof WabaEvent waba) {
            set(message, TimelinesAiConstants.WABA_ACCOUNT_ID, waba.wabaAccountId());
        }
    }

    private static void set(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
