package dev.seed.camel.timelinesai.simulator;

import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The typed admin calls of the WABA part ({@code /__admin/waba}): a contact writes (opening the 24-hour
 * window), a chat's window moves, Meta changes a template's or account's status, a recipient reads a message,
 * and the analytics delay. Get one from {@link SimulatorAdminClient#waba()}.
 */
public final class WabaAdmin {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final AdminTransport client;

    WabaAdmin(AdminTransport client) {
        this.client = client;
    }

    /** What an injected inbound WABA message created. */
    public record Inbound(String messageUid, long chatId) {
    }

    /** A contact writes to a WABA account; a new phone opens a chat ({@code waba:chat:incoming}). */
    public Inbound inbound(long wabaAccountId, String phone, String name, String text) {
        ObjectNode body = MAPPER.createObjectNode().put("waba_account_id", wabaAccountId).put("phone", phone)
                .put("text", text);
        if (name != null) {
            body.put("name", name);
        }
        return inbound(body);
    }

    /** The contact of an existing WABA chat writes. */
    public Inbound inboundToChat(long chatId, String text) {
        return inbound(MAPPER.createObjectNode().put("chat_id", chatId).put("text", text));
    }

    /** The contact of an existing WABA chat sends a file (with an optional caption). */
    public Inbound inboundFileToChat(long chatId, String caption, String filename, String contentType, byte[] bytes) {
        ObjectNode body = MAPPER.createObjectNode().put("chat_id", chatId);
        if (caption != null) {
            body.put("text", caption);
        }
        body.putObject("file").put("filename", filename).put("content_type", contentType)
                .put("base64", Base64.getEncoder().encodeToString(bytes));
        return inbound(body);
    }

    private Inbound inbound(ObjectNode body) {
        JsonNode r = client.call("POST", "/waba/inbound", body);
        return new Inbound(r.path("message_uid").asText(), r.path("chat_id").asLong());
    }

    /** A chat's service window after a move. */
    public record Window(long chatId, boolean open, String expiresAt) {
    }

    /** The window of a chat closes now. */
    public Window expireWindow(long chatId) {
        return moveWindow(chatId, Duration.ZERO);
    }

    /** The window of a chat closes {@code remaining} from now (at most 24 hours). */
    public Window moveWindow(long chatId, Duration remaining) {
        JsonNode r = client.call("POST", "/waba/chats/" + chatId + "/window",
                MAPPER.createObjectNode().put("expires_in_seconds", remaining.toSeconds()));
        return new Window(r.path("chat_id").asLong(), r.path("service_window_is_open").asBoolean(),
                r.path("service_window_expires_at").isTextual() ? r.path("service_window_expires_at").asText() : null);
    }

    /** A status change and the event it fired (null when it fired none). */
    public record StatusChange(long id, String status, String eventType) {
    }

    /**
     * Meta sets a template's status (APPROVED, PENDING, REJECTED, PAUSED, DISABLED, PENDING_DELETION); fires
     * {@code waba:template:approved|rejected|disabled} where the status means one.
     */
    public StatusChange setTemplateStatus(long templateId, String status) {
        JsonNode r = client.call("POST", "/waba/templates/" + templateId + "/status",
                MAPPER.createObjectNode().put("status", status));
        return new StatusChange(r.path("id").asLong(), r.path("status").asText(), eventType(r));
    }

    /** An account becomes {@code active}, {@code disabled} or {@code disconnected}; fires {@code waba:account:*}. */
    public StatusChange setAccountStatus(long accountId, String status) {
        JsonNode r = client.call("POST", "/waba/accounts/" + accountId + "/status",
                MAPPER.createObjectNode().put("status", status));
        return new StatusChange(r.path("id").asLong(), r.path("status").asText(), eventType(r));
    }

    /** The recipient read a delivered outbound message; fires {@code waba:message:read}. Returns the status. */
    public String markRead(String messageUid) {
        return client.call("POST", "/waba/messages/" + messageUid + "/read", MAPPER.createObjectNode())
                .path("status").asText();
    }

    /** How long analytics requests stay pending from now on (reset restores 1 s). */
    public Duration setAnalyticsDelay(Duration delay) {
        JsonNode r = client.call("PUT", "/waba/settings", MAPPER.createObjectNode().put("analytics_delay_ms", delay.toMillis()));
        return Duration.ofMillis(r.path("analytics_delay_ms").asLong());
    }

    private static String eventType(JsonNode r) {
        return r.path("event_type").isTextual() ? r.path("event_type").asText() : null;
    }
}
