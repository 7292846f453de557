package dev.seed.camel.timelinesai.simulator.waba;

import java.time.Instant;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.Timestamps;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.StoredFile;

/**
 * Builds the four WABA webhook bodies of {@code webhook_spec.yaml}: {@code WabaMessageData},
 * {@code WabaChatData}, {@code WabaAccountData} and {@code WabaTemplateData}. Optional fields without a value
 * are left out (the spec types them as non-null strings and booleans).
 */
public final class WabaPayloads {
    private final Timestamps timestamps;
    private final Function<StoredFile, String> downloadUrl;

    public WabaPayloads(Timestamps timestamps, Function<StoredFile, String> downloadUrl) {
        this.timestamps = timestamps;
        this.downloadUrl = downloadUrl;
    }

    /** {@code {event_type, account, chat, message}}; {@code failure_reason} only for {@code waba:message:failed}. */
    public ObjectNode message(String eventType, WabaAccount account, WabaChat chat, WabaMessage wabaMessage, Instant now) {
        ObjectNode body = Json.object().put("event_type", eventType);
        body.putObject("account").put("id", account.id()).put("meta_phone_id", account.metaPhoneId())
                .put("meta_waba_id", account.metaWabaId()).put("phone", account.phone())
                .put("account_name", account.accountName());
        ObjectNode chatInfo = body.putObject("chat").put("id", chat.id()).put("waba_account_id", chat.wabaAccountId())
                .put("closed", chat.chat().closed());
        Boolean open = chat.windowOpen(now);
        if (open != null) {
            chatInfo.put("service_window_is_open", open);
        }
        Instant expires = chat.windowExpiresAt(now);
        if (expires != null) {
            chatInfo.put("service_window_expires_at", timestamps.format(expires));
        }
        Message m = wabaMessage.message();
        ObjectNode info = body.putObject("message").put("message_uid", m.uid())
                .put("direction", m.fromMe() ? "sent" : "received")
                .put("status", m.fromMe() ? m.status() : "Delivered")
                .put("timestamp", timestamps.format(m.timestamp()))
                .put("received_timestamp", timestamps.format(m.receivedTimestamp()));
        if (m.text() != null) {
            info.put("text", m.text());
        }
        info.put("origin", m.origin());
        info.set("sender", party(m.senderName(), m.senderPhone()));
        info.set("recipient", party(m.recipientName(), m.recipientPhone()));
        ArrayNode attachments = info.putArray("attachments");
        StoredFile file = m.attachment();
        if (file != null) {
            attachments.addObject().put("temporary_download_url", downloadUrl.apply(file))
                    .put("filename", file.filename()).put("size", file.size()).put("mimetype", file.mimetype());
        }
        WabaTemplate template = wabaMessage.template();
        if (template != null) {
            info.putObject("template").put("id", template.id()).put("name", template.name());
        }
        WabaMessage.Failure failure = wabaMessage.failure();
        if (failure != null && "waba:message:failed".equals(eventType)) {
            info.putObject("failure_reason").put("code", failure.code()).put("title", failure.title())
                    .put("details", failure.details());
        }
        return body;
    }

    /** {@code {event_type, chat, account}} plus {@code responsible} when the chat was assigned. */
    public ObjectNode chat(String eventType, WabaAccount account, WabaChat chat) {
        ObjectNode body = Json.object().put("event_type", eventType);
        body.putObject("chat").put("id", chat.id()).put("waba_account_id", chat.wabaAccountId());
        body.putObject("account").put("id", account.id()).put("meta_phone_id", account.metaPhoneId())
                .put("meta_waba_id", account.metaWabaId());
        if ("waba:chat:assigned".equals(eventType) && chat.chat().responsibleEmail() != null) {
            body.putObject("responsible").put("name", chat.chat().responsibleName())
                    .put("email", chat.chat().responsibleEmail());
        }
        return body;
    }

    /** {@code {event_type, account}} with the raw lifecycle {@code state}. */
    public ObjectNode account(String eventType, WabaAccount account) {
        ObjectNode body = Json.object().put("event_type", eventType);
        body.putObject("account").put("id", account.id()).put("meta_phone_id", account.metaPhoneId())
                .put("meta_waba_id", account.metaWabaId()).put("display_phone_number", account.displayPhoneNumber())
                .put("state", account.webhookState());
        return body;
    }

    /** {@code {event_type, template}} with the ids of every account under the template's profile. */
    public ObjectNode template(String eventType, WabaTemplate template, Iterable<Long> accountIds) {
        ObjectNode body = Json.object().put("event_type", eventType);
        ObjectNode info = body.putObject("template").put("id", template.id()).put("name", template.name())
                .put("status", template.status()).put("parameter_format", template.parameterFormat())
                .put("meta_waba_id", template.metaWabaId());
        ArrayNode accounts = info.putArray("accounts");
        accountIds.forEach(accounts::add);
        return body;
    }

    private static ObjectNode party(String name, String phone) {
        ObjectNode party = Json.object().put("full_name", name != null ? name : phone == null ? "" : phone);
        if (phone != null && !phone.isEmpty()) {
            party.put("phone", phone);
        }
        return party;
    }
}
