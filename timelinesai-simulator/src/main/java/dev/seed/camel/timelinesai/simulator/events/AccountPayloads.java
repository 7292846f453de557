package dev.seed.camel.timelinesai.simulator.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;

/** Builds the {@code AccountData} webhook body ({@code whatsapp:account:*}) and the account block chat events share. */
public final class AccountPayloads {

    private AccountPayloads() {
    }

    /** {@code {event_type, whatsapp_account}}. */
    public static ObjectNode accountEvent(String eventType, WhatsAppAccount account, Timestamps timestamps) {
        ObjectNode body = Json.object().put("event_type", eventType);
        body.set("whatsapp_account", accountInfo(account, timestamps));
        return body;
    }

    /** The full account block ({@code AccountDataWhatsappAccountInfo} / {@code ChatDataWhatsappAccountInfo}). */
    public static ObjectNode accountInfo(WhatsAppAccount account, Timestamps timestamps) {
        ObjectNode info = Json.object()
                .put("id", account.id())
                .put("phone", account.phone())
                .put("connected_on", timestamps.format(account.connectedOn()));
        if (account.disconnectedOn() != null) {
            info.put("disconnected_on", timestamps.format(account.disconnectedOn()));
        }
        return info.put("status", account.status())
                .put("account_name", nullToEmpty(account.accountName()))
                .put("owner_name", nullToEmpty(account.ownerName()))
                .put("owner_email", nullToEmpty(account.ownerEmail()));
    }

    /** The short account block of message, call and reaction events: owner name, owner e-mail, phone. */
    static ObjectNode ownerInfo(WhatsAppAccount account) {
        return Json.object()
                .put("full_name", nullToEmpty(account.ownerName()))
                .put("email", nullToEmpty(account.ownerEmail()))
                .put("phone", account.phone());
    }

    static ObjectNode party(String name, String phone) {
        ObjectNode party = Json.object().put("full_name", name != null ? name : nullToEmpty(phone));
        if (phone != null) {
            party.put("phone", phone);
        }
        return party;
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
