package dev.seed.camel.timelinesai.simulator;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.seed.camel.timelinesai.simulator.AdminTransport.MAPPER;
import static dev.seed.camel.timelinesai.simulator.AdminTransport.encode;
import static dev.seed.camel.timelinesai.simulator.AdminTransport.putIfNotNull;
import static dev.seed.camel.timelinesai.simulator.AdminTransport.text;

/**
 * The messaging part of the admin API: inbound messages, reactions, reads, logged calls, what was sent and the
 * credit accounting. Get one from {@link SimulatorAdminClient#messaging()}.
 */
public final class MessagingAdmin {
    private final AdminTransport transport;

    MessagingAdmin(AdminTransport transport) {
        this.transport = transport;
    }

    /** A call to log: direction, status and the optional facts. */
    public static final class CallSpec {
        private final ObjectNode body = MAPPER.createObjectNode();

        private CallSpec(String direction, String phone, String status) {
            body.put("direction", direction).put("phone", phone).put("status", status);
        }

        /** {@code status}: Missed, Answered or Rejected. */
        public static CallSpec incoming(String phone, String status) { return new CallSpec("incoming", phone, status); }

        /** {@code status}: Ended, No Answer or Rejected. */
        public static CallSpec outgoing(String phone, String status) { return new CallSpec("outgoing", phone, status); }

        public CallSpec video() { body.put("video", true); return this; }
        public CallSpec duration(int seconds) { body.put("duration", seconds); return this; }
        /** The account that takes or makes the call; default: the chat's account, else the default sender. */
        public CallSpec accountPhone(String phone) { body.put("account_phone", phone); return this; }
        /** The contact's name when the call creates a chat. */
        public CallSpec name(String name) { body.put("name", name); return this; }
    }

    /** What a logged call created: the call's history entry, its chat and the event it fired. */
    public record LoggedCall(String messageUid, long chatId, String eventType) {
    }

    public LoggedCall logCall(CallSpec call) {
        JsonNode r = transport.call("POST", "/calls", call.body);
        return new LoggedCall(r.path("message_uid").asText(), r.path("chat_id").asLong(), r.path("event_type").asText());
    }

    /** What an injected inbound message created. */
    public record Inbound(String messageUid, long chatId) {
    }

    /** A contact writes to the workspace (the default account; a new phone opens a chat started by the contact). */
    public Inbound injectInbound(String phone, String name, String text) {
        return inbound(MAPPER.createObjectNode().put("phone", phone).put("name", name).put("text", text));
    }

    /** A contact writes to the account with phone {@code accountPhone}. */
    public Inbound injectInbound(String accountPhone, String phone, String name, String text) {
        return inbound(MAPPER.createObjectNode().put("account_phone", accountPhone).put("phone", phone)
                .put("name", name).put("text", text));
    }

    /** Someone ({@code phone}) writes in an existing chat, e.g. a member in a group chat. */
    public Inbound injectInboundToChat(long chatId, String phone, String name, String text) {
        return inbound(MAPPER.createObjectNode().put("chat_id", chatId).put("phone", phone).put("name", name)
                .put("text", text));
    }

    /**
     * A contact sends a file already in the workspace's files ({@code fileUid}), with optional text;
     * {@code accountPhone} null means the default account.
     */
    public Inbound injectInboundFile(String accountPhone, String phone, String name, String text, String fileUid) {
        ObjectNode body = MAPPER.createObjectNode().put("phone", phone).put("name", name).put("file_uid", fileUid);
        putIfNotNull(body, "account_phone", accountPhone);
        putIfNotNull(body, "text", text);
        return inbound(body);
    }

    /**
     * A contact sends a file given by its bytes (stored in the workspace's files), with optional text;
     * {@code accountPhone} null means the default account.
     */
    public Inbound injectInboundFile(String accountPhone, String phone, String name, String text, String filename,
                                     String contentType, byte[] bytes) {
        ObjectNode body = MAPPER.createObjectNode().put("phone", phone).put("name", name);
        putIfNotNull(body, "account_phone", accountPhone);
        putIfNotNull(body, "text", text);
        ObjectNode file = body.putObject("file").put("filename", filename)
                .put("base64", Base64.getEncoder().encodeToString(bytes));
        putIfNotNull(file, "content_type", contentType);
        return inbound(body);
    }

    private Inbound inbound(ObjectNode body) {
        JsonNode r = transport.call("POST", "/inbound", body);
        return new Inbound(r.path("message_uid").asText(), r.path("chat_id").asLong());
    }

    /**
     * The contact with {@code phone} (null: the chat's contact) reacts to a message; an empty emoji clears
     * their reaction. Returns whether anything changed (and {@code message:reaction} fired).
     */
    public boolean react(String messageUid, String emoji, String phone) {
        ObjectNode body = MAPPER.createObjectNode().put("message_uid", messageUid).put("emoji", emoji);
        putIfNotNull(body, "phone", phone);
        return transport.call("POST", "/reactions", body).path("changed").asBoolean();
    }

    /** The recipient reads a sent (or delivered) message; returns its status afterwards ({@code Read}). */
    public String markRead(String messageUid) {
        return transport.call("POST", "/messages/" + encode(messageUid) + "/read", MAPPER.createObjectNode())
                .path("status").asText();
    }

    /** A message accepted for sending through the Public API. */
    public record SentMessage(String messageUid, long chatId, String phone, String jid, String accountPhone,
                              String text, String fileUid, String filename, int credits, String status,
                              String endpoint) {
    }

    /** Every message accepted for sending since the last reset, oldest first, as the admin API lists them. */
    public List<JsonNode> sent() {
        List<JsonNode> list = new ArrayList<>();
        transport.call("GET", "/sent", null).forEach(list::add);
        return list;
    }

    /** {@link #sent()}, typed. */
    public List<SentMessage> sentMessages() {
        List<SentMessage> list = new ArrayList<>();
        for (JsonNode n : transport.call("GET", "/sent", null)) {
            list.add(new SentMessage(n.path("message_uid").asText(), n.path("chat_id").asLong(), text(n, "phone"),
                    text(n, "jid"), text(n, "account_phone"), text(n, "text"), text(n, "file_uid"),
                    text(n, "filename"), n.path("credits").asInt(), text(n, "status"), text(n, "endpoint")));
        }
        return list;
    }

    /** The messaging quota and what sends charged and refunded. */
    public record Credits(long messagingTotal, long messagingUsed, long charged, long refunded) {
    }

    /** The credit accounting as the admin API reports it: {@code {messaging_quota, charged, refunded}}. */
    public JsonNode credits() {
        return transport.call("GET", "/credits", null);
    }

    /** {@link #credits()}, typed. */
    public Credits creditBalance() {
        JsonNode r = credits();
        return new Credits(r.path("messaging_quota").path("total").asLong(), r.path("messaging_quota").path("used").asLong(),
                r.path("charged").asLong(), r.path("refunded").asLong());
    }
}
