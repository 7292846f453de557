package dev.seed.camel.timelinesai.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Public API on a free local port that answers every operation with only what
 * public_api_spec.yaml marks as required in its 200 schema, and no body at all where the spec declares none.
 * The values are the spec's examples; the file's temporary download URL points back to this server.
 */
public final class RequiredFieldsServer implements AutoCloseable {
    private static final String UID = "\"x\"";
    private static final String FILE = "{\"temporary_download_url\":\"%s/download/somefile.png\","
            + "\"uid\":\"90d353e6-44c1-48ff-b15b-69b7721e5450\",\"filename\":\"somefile.png\",\"size\":10000,"
            + "\"mimetype\":\"image/png\",\"uploaded_by_email\":\"john.doe@acme.com\","
            + "\"uploaded_at\":\"2023-06-18 15:19:23 +0300\"}";
    private static final String CHAT = "{\"id\":\"1000001\",\"name\":\"John Doe\",\"jid\":\"14840000000@s.whatsapp.net\","
            + "\"is_group\":true,\"closed\":true,\"read\":true,\"labels\":[\"x\"],\"chatgpt_autoresponse_enabled\":true,"
            + "\"whatsapp_account_id\":\"972502222222@s.whatsapp.net\","
            + "\"chat_url\":\"https://app.timelines.ai/chat/1000001/messages/\","
            + "\"created_timestamp\":\"2024-01-08 10:35:18 +0200\",\"unattended\":true,\"photo\":\"https://acme.com/logo.png\"}";
    private static final String MESSAGE = "{\"uid\":\"de919486-0c93-409d-ae66-c2bbb544faca\",\"chat_id\":\"1000001\","
            + "\"timestamp\":\"2023-06-18 15:19:23 +0300\",\"received_timestamp\":\"2023-06-18 14:39:25 +0300\","
            + "\"sender_phone\":\"+972540000001\",\"sender_name\":\"John Doe\",\"recipient_phone\":\"+972540000002\","
            + "\"recipient_name\":\"Kate Smith\",\"from_me\":true,\"status\":\"Read\",\"origin\":\"Public API\","
            + "\"has_attachment\":true,\"message_type\":\"Note\",\"data\":{},\"created_by\":\"Kate Smith\"}";
    private static final String TEAMMATE = "{\"user_id\":42,\"display_name\":\"John Doe\",\"email\":\"admin@timelines.ai\","
            + "\"role\":\"owner\",\"team\":\"Default\",\"status\":\"Active\",\"created_at\":\"2026-02-22 00:00:00 +0100\"}";
    private static final String WEBHOOK = "{\"id\":789456,\"event_type\":\"message:new\",\"enabled\":true,"
            + "\"url\":\"http://www.example.com/api/hook\",\"errors_counter\":0}";
    private static final String TEMPLATE = "{\"id\":501,\"name\":\"Greeting\",\"text\":\"Hello\",\"visibility\":\"public\","
            + "\"created_by_name\":\"John\",\"created_at\":\"2026-07-17T09:00:00Z\",\"updated_by_name\":\"Alex\","
            + "\"updated_at\":\"2026-07-17T09:00:00Z\"}";
    private static final String ACCOUNTS = "{\"whatsapp_accounts\":[{\"id\":\"972501111111@s.whatsapp.net\","
            + "\"phone\":\"+972540000001\",\"connected_on\":\"2023-06-18 15:19:23 +0100\",\"status\":\"Active\","
            + "\"owner_name\":\"John Doe\",\"owner_email\":\"john.doe@acme.com\",\"account_name\":\"John Doe\"}]}";

    private final HttpServer server;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public RequiredFieldsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String file = String.format(FILE, url());
        data("GET /(v2/)?chats", "{}");
        data("GET /chats/\\d+", CHAT);
        data("PATCH /chats/\\d+", CHAT);
        data("GET /(v2/)?chats/\\d+/messages", "{}");
        data("POST /(v2/)?chats/\\d+/messages", "{\"message_uid\":" + UID + "}");
        data("POST /chats/\\d+/(file_message|voice_message)", "{\"message_uid\":" + UID + "}");
        data("(GET|POST|PUT) /chats/\\d+/labels", "{\"labels\":[\"customer\"]}");
        answers.put("POST /chats/\\d+/notes", "{\"status\":\"ok\"}");
        data("GET /messages/[^/]+", MESSAGE);
        data("GET /messages/[^/]+/status_history", "[{\"status\":\"Read\",\"timestamp\":\"x\"}]");
        data("GET /messages/[^/]+/reactions", "{\"users\":[{\"name\":\"John Doe\",\"phone\":\"+972540000001\","
                + "\"reaction\":\"\\ud83d\\udc4d\",\"current\":true}],\"reactions\":{},\"total\":7}");
        answers.put("PATCH /messages/[^/]+/reactions", "{\"status\":\"ok\"}");
        data("POST /(v2/)?messages(/to_jid)?", "{\"message_uid\":" + UID + "}");
        data("GET /files", "[" + file + "]");
        data("(POST /files|GET /files/[^/]+|POST /files_upload)", file);
        answers.put("DELETE /files/[^/]+", null);
        answers.put("GET /download/somefile.png", "PNG");
        data("GET /(v2/)?whatsapp_accounts", ACCOUNTS);
        data("GET /workspace", "{\"workspace_id\":\"acme-inc\",\"display_name\":\"Acme Inc.\",\"plan\":\"Business\","
                + "\"messaging_quota\":{\"total\":10,\"used\":7},\"api_calls_quota\":{\"total\":10,\"used\":7}}");
        data("GET /workspace/teammates", "{}");
        data("(GET /workspace/teammates/me|POST /workspace/invitations)", TEAMMATE);
        answers.put("DELETE /workspace/invitations/\\d+", null);
        data("GET /webhooks", "[" + WEBHOOK + "]");
        data("(POST /webhooks|GET /webhooks/\\d+|PUT /webhooks/\\d+)", WEBHOOK);
        answers.put("DELETE /webhooks/\\d+", null);
        data("GET /templates", "{\"templates_count\":1,\"templates\":[" + TEMPLATE + "]}");
        data("(POST /templates|GET /templates/\\d+|PATCH /templates/\\d+)", TEMPLATE);
        answers.put("DELETE /templates/\\d+", null);
        answers.put("POST /templates/\\d+/track_usage", null);
        server.createContext("/", this::answer);
        server.start();
    }

    private void data(String route, String data) {
        answers.put(route, "{\"status\":\"ok\",\"data\":" + data + "}");
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** "METHOD /path" of every request answered, in order. */
    public List<String> requests() {
        return requests;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            in.readAllBytes();
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            requests.add(call);
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                if (Pattern.matches(answer.getKey(), call)) {
                    if (answer.getValue() == null) {
                        exchange.sendResponseHeaders(200, -1);
                    } else {
                        byte[] body = answer.getValue().getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().add("Content-Type", "application/json");
                        exchange.sendResponseHeaders(200, body.length);
                        out.write(body);
                    }
                    return;
                }
            }
            exchange.sendResponseHeaders(404, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
