package dev.seed.camel.timelinesai.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;

/**
 * A typed Java client of a simulator's admin API ({@code /__admin}): inject inbound messages, reactions, calls
 * and account changes, switch faults and the rate limit, set quotas, read the webhook delivery log. Works
 * against an embedded simulator ({@link TimelinesAiSimulator#admin()}) or a standalone one by URL.
 */
public final class SimulatorAdminClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String adminUrl;

    /** {@code rootUrl} is the simulator's root, e.g. {@code http://127.0.0.1:8080}. */
    public SimulatorAdminClient(String rootUrl) {
        this.adminUrl = stripSlash(rootUrl) + TimelinesAiSimulator.ADMIN_PREFIX;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** An admin call the simulator refused: its HTTP status and message. */
    public static final class AdminException extends RuntimeException {
        private final int status;
        private final String errorCode;

        public AdminException(int status, String errorCode, String message) {
            super("HTTP " + status + (errorCode != null ? " " + errorCode : "") + ": " + message);
            this.status = status;
            this.errorCode = errorCode;
        }

        public int status() { return status; }
        public String errorCode() { return errorCode; }
    }

    /** The WhatsApp Business Platform hooks: inbound messages, service windows, template and account status. */
    public WabaAdmin waba() {
        return new WabaAdmin(this);
    }

    // workspace ---------------------------------------------------------------------------------

    /** Back to the seeded workspace; faults, the delivery log, statistics and the rate limit are reset too. */
    public void reset() {
        call("POST", "/reset", MAPPER.createObjectNode());
    }

    /** Quotas after an update; only the non-null parts of {@link QuotaUpdate} change. */
    public record Quotas(long messagingTotal, long messagingUsed, long apiCallsTotal, long apiCallsUsed) {
    }

    /** The parts of the quotas to change; null leaves a value as it is. */
    public record QuotaUpdate(Long messagingTotal, Long messagingUsed, Long apiCallsTotal, Long apiCallsUsed) {
        public static QuotaUpdate messaging(long total, long used) {
            return new QuotaUpdate(total, used, null, null);
        }

        public static QuotaUpdate apiCalls(long total, long used) {
            return new QuotaUpdate(null, null, total, used);
        }
    }

    public Quotas setQuotas(QuotaUpdate update) {
        ObjectNode body = MAPPER.createObjectNode();
        putIfNotNull(body, "messaging_total", update.messagingTotal());
        putIfNotNull(body, "messaging_used", update.messagingUsed());
        putIfNotNull(body, "api_calls_total", update.apiCallsTotal());
        putIfNotNull(body, "api_calls_used", update.apiCallsUsed());
        JsonNode r = call("POST", "/quotas", body);
        return new Quotas(r.path("messaging_quota").path("total").asLong(), r.path("messaging_quota").path("used").asLong(),
                r.path("api_calls_quota").path("total").asLong(), r.path("api_calls_quota").path("used").asLong());
    }

    /** A WhatsApp account after a status change. */
    public record AccountStatus(String id, String phone, String status, String eventType) {
    }

    /** {@code status}: connected, disconnected, suspended or resumed; fires the matching {@code whatsapp:account:*}. */
    public AccountStatus setAccountStatus(String accountPhone, String status) {
        JsonNode r = call("POST", "/accounts/" + encode(accountPhone) + "/status",
                MAPPER.createObjectNode().put("status", status));
        return new AccountStatus(r.path("id").asText(), r.path("phone").asText(), r.path("status").asText(),
                r.path("event_type").asText());
    }

    // what a teammate does in the web app ---------------------------------------------------------

    /** Disables ({@code false}) or enables a webhook subscription, as a teammate would in the UI. */
    public void setWebhookEnabled(long subscriptionId, boolean enabled) {
        call("POST", "/webhooks/" + subscriptionId + (enabled ? "/enable" : "/disable"), MAPPER.createObjectNode());
    }

    /** Deletes a webhook subscription, as a teammate would in the UI. */
    public void deleteWebhook(long subscriptionId) {
        call("DELETE", "/webhooks/" + subscriptionId, null);
    }

    /** Revokes ({@code false}) or restores the workspace's API token: requests with it get 401 meanwhile. */
    public void setTokenValid(boolean valid) {
        call("POST", valid ? "/tokens/restore" : "/tokens/revoke", MAPPER.createObjectNode());
    }

    /** Disconnects ({@code false}) or reconnects every WhatsApp account; returns the phones that changed. */
    public List<String> setAllAccountsConnected(boolean connected) {
        List<String> phones = new ArrayList<>();
        call("POST", connected ? "/accounts/reconnect-all" : "/accounts/disconnect-all", MAPPER.createObjectNode())
                .path("changed").forEach(p -> phones.add(p.asText()));
        return phones;
    }

    // calls -------------------------------------------------------------------------------------

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
        JsonNode r = call("POST", "/calls", call.body);
        return new LoggedCall(r.path("message_uid").asText(), r.path("chat_id").asLong(), r.path("event_type").asText());
    }

    // messaging ---------------------------------------------------------------------------------

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
        JsonNode r = call("POST", "/inbound", body);
        return new Inbound(r.path("message_uid").asText(), r.path("chat_id").asLong());
    }

    /**
     * The contact with {@code phone} (null: the chat's contact) reacts to a message; an empty emoji clears
     * their reaction. Returns whether anything changed (and {@code message:reaction} fired).
     */
    public boolean react(String messageUid, String emoji, String phone) {
        ObjectNode body = MAPPER.createObjectNode().put("message_uid", messageUid).put("emoji", emoji);
        putIfNotNull(body, "phone", phone);
        return call("POST", "/reactions", body).path("changed").asBoolean();
    }

    /** The recipient reads a sent (or delivered) message; returns its status afterwards ({@code Read}). */
    public String markRead(String messageUid) {
        return call("POST", "/messages/" + encode(messageUid) + "/read", MAPPER.createObjectNode())
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
        call("GET", "/sent", null).forEach(list::add);
        return list;
    }

    /** {@link #sent()}, typed. */
    public List<SentMessage> sentMessages() {
        List<SentMessage> list = new ArrayList<>();
        for (JsonNode n : call("GET", "/sent", null)) {
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
        return call("GET", "/credits", null);
    }

    /** {@link #credits()}, typed. */
    public Credits creditBalance() {
        JsonNode r = credits();
        return new Credits(r.path("messaging_quota").path("total").asLong(), r.path("messaging_quota").path("used").asLong(),
                r.path("charged").asLong(), r.path("refunded").asLong());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    // faults ------------------------------------------------------------------------------------

    /** A fault to inject into the Public API; build with one of the kind factories, then narrow it. */
    public static final class FaultSpec {
        private final ObjectNode body = MAPPER.createObjectNode();

        private FaultSpec(String kind) {
            body.put("kind", kind);
        }

        /** Delays matching requests, then serves them normally. */
        public static FaultSpec latency(Duration delay) {
            FaultSpec spec = new FaultSpec("latency");
            spec.body.put("delay_ms", delay.toMillis());
            return spec;
        }

        /** Answers {@code status} with the API's error body (default error code and message for the status). */
        public static FaultSpec status(int status) {
            FaultSpec spec = new FaultSpec("status");
            spec.body.put("status", status);
            return spec;
        }

        public static FaultSpec status(int status, String errorCode, String message) {
            FaultSpec spec = status(status);
            spec.body.put("error_code", errorCode).put("message", message);
            return spec;
        }

        /** Answers 429 {@code rate_limit_exceeded}; {@code retryAfterSeconds} null sends no {@code Retry-After}. */
        public static FaultSpec rateLimit(Integer retryAfterSeconds) {
            FaultSpec spec = new FaultSpec("rate_limit");
            putIfNotNull(spec.body, "retry_after", retryAfterSeconds == null ? null : retryAfterSeconds.longValue());
            return spec;
        }

        /** Closes the connection without an answer. */
        public static FaultSpec drop() {
            return new FaultSpec("drop");
        }

        public FaultSpec method(String method) { body.put("method", method); return this; }
        /** Paths relative to {@code /integrations/api}, e.g. {@code /messages}. */
        public FaultSpec pathPrefix(String prefix) { body.put("path_prefix", prefix); return this; }
        /** A regex the whole relative path must match, e.g. {@code /chats/\d+/messages}. */
        public FaultSpec pathRegex(String regex) { body.put("path_regex", regex); return this; }
        /** Fires at most this many times. */
        public FaultSpec times(int times) { body.put("times", times); return this; }
        /**
         * For latency and drop: serve the request first (its effects happen, e.g. a send is queued), then delay
         * or drop the response — what a client sees when its call times out after the server acted.
         */
        public FaultSpec afterRequest() { body.put("after_request", true); return this; }
        /** Fires for each matching request with this probability (0 to 1). */
        public FaultSpec probability(double probability) { body.put("probability", probability); return this; }
    }

    /** An injected fault and how often it fired; {@code remaining} is null for an unlimited one. */
    public record Fault(long id, String kind, int fired, Integer remaining, JsonNode definition) {
    }

    public Fault addFault(FaultSpec spec) {
        return fault(call("POST", "/faults", spec.body));
    }

    public List<Fault> faults() {
        List<Fault> list = new ArrayList<>();
        call("GET", "/faults", null).forEach(n -> list.add(fault(n)));
        return list;
    }

    public void removeFault(long id) {
        call("DELETE", "/faults/" + id, null);
    }

    public void clearFaults() {
        call("DELETE", "/faults", null);
    }

    private static Fault fault(JsonNode n) {
        return new Fault(n.path("id").asLong(), n.path("kind").asText(), n.path("fired").asInt(),
                n.path("remaining").isNull() ? null : n.path("remaining").asInt(), n);
    }

    // rate limit, stats, logs -------------------------------------------------------------------

    /** The Public API's per-client limit in force. */
    public record RateLimit(boolean enabled, int perSecond, int burst) {
    }

    public RateLimit setRateLimit(boolean enabled, int perSecond, int burst) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("rate_limit").put("enabled", enabled).put("per_second", perSecond).put("burst", burst);
        return rateLimit(call("PUT", "/settings", body));
    }

    /** Switches the limit on or off, keeping its numbers. */
    public RateLimit setRateLimitEnabled(boolean enabled) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("rate_limit").put("enabled", enabled);
        return rateLimit(call("PUT", "/settings", body));
    }

    public RateLimit rateLimit() {
        return rateLimit(call("GET", "/settings", null));
    }

    private static RateLimit rateLimit(JsonNode settings) {
        JsonNode r = settings.path("rate_limit");
        return new RateLimit(r.path("enabled").asBoolean(), r.path("per_second").asInt(), r.path("burst").asInt());
    }

    /** One webhook delivery attempt. */
    public record Delivery(long id, String eventType, long subscriptionId, String url, int attempt,
                           Integer statusCode, String error, boolean success, boolean lastAttempt, JsonNode payload,
                           Instant startedAt, Instant finishedAt) {
    }

    /** Every recent delivery attempt, oldest first. */
    public List<Delivery> deliveries() {
        return deliveries(null);
    }

    /** Recent delivery attempts of one event type, oldest first. */
    public List<Delivery> deliveries(String eventType) {
        String query = eventType == null ? "" : "?event_type=" + encode(eventType);
        List<Delivery> list = new ArrayList<>();
        for (JsonNode n : call("GET", "/deliveries" + query, null)) {
            list.add(new Delivery(n.path("id").asLong(), n.path("event_type").asText(), n.path("subscription_id").asLong(),
                    n.path("url").asText(), n.path("attempt").asInt(),
                    n.path("status_code").isNumber() ? n.path("status_code").asInt() : null,
                    n.path("error").isTextual() ? n.path("error").asText() : null,
                    n.path("success").asBoolean(), n.path("last_attempt").asBoolean(), n.path("payload"),
                    Instant.parse(n.path("started_at").asText()), Instant.parse(n.path("finished_at").asText())));
        }
        return list;
    }

    /** Traffic and delivery counters since the start or the last reset. */
    public record Stats(long requests, long tooManyRequests, long rateLimited, long faultsFired, long deliveriesOk,
                        long deliveriesFailed) {
    }

    public Stats stats() {
        JsonNode r = call("GET", "/stats", null);
        return new Stats(r.path("requests").asLong(), r.path("too_many_requests").asLong(), r.path("rate_limited").asLong(),
                r.path("faults_fired").asLong(), r.path("deliveries").path("delivered").asLong(),
                r.path("deliveries").path("failed").asLong());
    }

    /** Requests and responses of the Public API that did not fit the vendor's spec. */
    public List<ContractViolation> contractViolations() {
        List<ContractViolation> list = new ArrayList<>();
        for (JsonNode n : call("GET", "/contract-violations", null)) {
            list.add(new ContractViolation(n.path("direction").asText(), n.path("method").asText(), n.path("path").asText(),
                    n.path("status").asInt(), n.path("problem").asText()));
        }
        return list;
    }

    // partner -----------------------------------------------------------------------------------

    /** What a simulated QR scan connected: the workspace, the user and the partner-side account id. */
    public record QrConnection(String workspaceId, long userId, long whatsappAccountId, String phone) {
    }

    /**
     * Simulates scanning a Partner API QR link ({@code qr_link} as returned, or its token) with WhatsApp number
     * {@code phone}: connects the user's account, uses the link up, fires the connected webhooks.
     */
    public QrConnection connectQr(String qrLinkOrToken, String phone) {
        ObjectNode body = MAPPER.createObjectNode().put("phone", phone);
        body.put(qrLinkOrToken.contains("/") ? "qr_link" : "token", qrLinkOrToken);
        JsonNode r = call("POST", "/partner/qr/connect", body);
        return new QrConnection(r.path("workspace_id").asText(), r.path("user_id").asLong(),
                r.path("whatsapp_account_id").asLong(), r.path("phone_number_e164").asText());
    }

    /** A partner workspace quota after a change. */
    public record PartnerQuota(String workspaceId, String quota, long total, long used) {
    }

    /** Uses up a workspace's {@code messaging}, {@code api_calls} or {@code transactions} quota (used = total). */
    public PartnerQuota useUpPartnerQuota(String workspaceId, String quota) {
        return setPartnerQuotaUsed(workspaceId, quota, null);
    }

    /** Sets how much of a workspace's quota is used ({@code null} = all of it); null workspace = the seeded one. */
    public PartnerQuota setPartnerQuotaUsed(String workspaceId, String quota, Long used) {
        ObjectNode body = MAPPER.createObjectNode().put("quota", quota);
        putIfNotNull(body, "workspace_id", workspaceId);
        putIfNotNull(body, "used", used);
        JsonNode r = call("POST", "/partner/quotas", body);
        return new PartnerQuota(r.path("workspace_id").asText(), r.path("quota").asText(), r.path("total").asLong(),
                r.path("used").asLong());
    }

    /** The partner's id and webhook URL (the secret is never shown). */
    public record PartnerSettings(String partnerId, String webhookUrl) {
    }

    public PartnerSettings partnerSettings() {
        return partnerSettings(call("GET", "/partner/settings", null));
    }

    /** Where partner webhooks go; null stops them. */
    public PartnerSettings setPartnerWebhookUrl(String webhookUrl) {
        ObjectNode body = MAPPER.createObjectNode();
        if (webhookUrl == null) {
            body.putNull("webhook_url");
        } else {
            body.put("webhook_url", webhookUrl);
        }
        return partnerSettings(call("PUT", "/partner/settings", body));
    }

    /** Changes the Partner ID and/or the Partner Secret (null leaves one as it is). */
    public PartnerSettings setPartnerCredentials(String partnerId, String partnerSecret) {
        ObjectNode body = MAPPER.createObjectNode();
        putIfNotNull(body, "partner_id", partnerId);
        putIfNotNull(body, "partner_secret", partnerSecret);
        return partnerSettings(call("PUT", "/partner/settings", body));
    }

    private static PartnerSettings partnerSettings(JsonNode r) {
        return new PartnerSettings(r.path("partner_id").asText(),
                r.path("webhook_url").isTextual() ? r.path("webhook_url").asText() : null);
    }

    /** One partner webhook delivery attempt. */
    public record PartnerDelivery(long id, String eventType, String workspaceId, String url, int attempt,
                                  Integer statusCode, String error, boolean success, boolean lastAttempt,
                                  JsonNode payload, Instant startedAt, Instant finishedAt) {
    }

    /** Recent partner webhook delivery attempts (of one event type, or all when null), oldest first. */
    public List<PartnerDelivery> partnerDeliveries(String eventType) {
        String query = eventType == null ? "" : "?event_type=" + encode(eventType);
        List<PartnerDelivery> list = new ArrayList<>();
        for (JsonNode n : call("GET", "/partner/deliveries" + query, null)) {
            list.add(new PartnerDelivery(n.path("id").asLong(), n.path("event_type").asText(),
                    n.path("workspace_id").asText(), n.path("url").asText(), n.path("attempt").asInt(),
                    n.path("status_code").isNumber() ? n.path("status_code").asInt() : null,
                    n.path("error").isTextual() ? n.path("error").asText() : null,
                    n.path("success").asBoolean(), n.path("last_attempt").asBoolean(), n.path("payload"),
                    Instant.parse(n.path("started_at").asText()), Instant.parse(n.path("finished_at").asText())));
        }
        return list;
    }

    /** Partner API requests and responses that did not fit {@code partner_api_spec.yaml}. */
    public List<ContractViolation> partnerContractViolations() {
        List<ContractViolation> list = new ArrayList<>();
        for (JsonNode n : call("GET", "/partner/contract-violations", null)) {
            list.add(new ContractViolation(n.path("direction").asText(), n.path("method").asText(), n.path("path").asText(),
                    n.path("status").asInt(), n.path("problem").asText()));
        }
        return list;
    }

    /** A fresh Partner API bearer JWT for the configured partner (valid 180 s either side of now). */
    public String partnerJwt() {
        return call("GET", "/partner/jwt", null).path("token").asText();
    }

    // transport ---------------------------------------------------------------------------------

    /** One admin call; package-private so the WABA part ({@link WabaAdmin}) shares the transport. */
    JsonNode call(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Admin call " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during admin call " + method + " " + path, e);
        }
        JsonNode json = read(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new AdminException(response.statusCode(), json.path("error_code").isTextual()
                    ? json.path("error_code").asText() : null,
                    json.path("message").isTextual() ? json.path("message").asText() : response.body());
        }
        // endpoints answering in the Public API's envelope are unwrapped
        if (json.isObject() && "ok".equals(json.path("status").asText()) && json.has("data")) {
            return json.get("data");
        }
        return json;
    }

    private static String write(JsonNode body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return MAPPER.createObjectNode().put("message", text);
        }
    }

    private static void putIfNotNull(ObjectNode node, String field, Object value) {
        if (value instanceof Long l) {
            node.put(field, l);
        } else if (value instanceof String s) {
            node.put(field, s);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
