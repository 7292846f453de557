package dev.seed.camel.timelinesai.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.internal.json.SendJson;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.internal.transport.ApiResponse;
import dev.seed.camel.timelinesai.internal.transport.ApiTransport;
import dev.seed.camel.timelinesai.internal.transport.ErrorResponses;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * Calls the Public API and unwraps its {@code {status, data}} envelope: errors become typed exceptions and a
 * missing {@code data} is an error, never a silent {@code null}.
 */
public final class PublicApi {
    private final ApiTransport transport;

    public PublicApi(ApiTransport transport) {
        this.transport = transport;
    }

    public ApiTransport transport() {
        return transport;
    }

    /** A UTF-8 JSON entity of a value. */
    public static HttpEntity json(Object value) {
        byte[] flat = value instanceof Map<?, ?> map ? SendJson.flatOrNull(map) : null;
        return new ByteArrayEntity(flat != null ? flat : JsonSupport.toBytes(value), ContentType.APPLICATION_JSON);
    }

    /** Sends the request and returns the whole response document (already checked for errors). */
    public JsonNode document(ApiRequest request) {
        return document(request, transport.execute(request));
    }

    /** The whole response document of an answer to {@code request}; an error answer becomes its exception. */
    static JsonNode document(ApiRequest request, ApiResponse response) {
        JsonNode json = checked(request, response);
        if (json == null) {
            throw new TimelinesAiException("TimelinesAI " + request + " answered HTTP " + response.status()
                    + " with a body that is not JSON" + (response.contentType() == null ? "" : " ("
                    + response.contentType() + ")"), response.status(), response.reason(), null, null, null, null);
        }
        return json;
    }

    /**
     * Sends a request whose success the spec declares without a body (deletes, usage tracking): any 2xx is a
     * success, whatever its body; a JSON body is returned (a missing node when there is none).
     */
    public JsonNode action(ApiRequest request) {
        JsonNode json = checked(request, transport.execute(request));
        return json == null ? MissingNode.getInstance() : json;
    }

    /** The parsed body of a 2xx answer ({@code null} when it is not JSON); an error answer becomes its exception. */
    private static JsonNode checked(ApiRequest request, ApiResponse response) {
        if (!response.isSuccess()) {
            throw ErrorResponses.toException(request.toString(), response);
        }
        JsonNode json = JsonSupport.parseOrNull(response.body());
        if (json != null && "error".equals(json.path("status").asText())) {
            throw ErrorResponses.toException(request.toString(), response);
        }
        return json;
    }

    /** The {@code data} of the response; fails if there is none (the spec requires it). */
    public JsonNode data(ApiRequest request) {
        JsonNode json = document(request);
        JsonNode data = json.get("data");
        if (data == null || data.isNull()) {
            throw new TimelinesAiException("TimelinesAI " + request + " answered without data", 200, "OK", null,
                    json.path("message").asText(null), null, null);
        }
        return data;
    }

    public <T> T data(ApiRequest request, Class<T> type) {
        return JsonSupport.convert(data(request), type);
    }

    public <T> T data(ApiRequest request, JavaType type) {
        return JsonSupport.convert(data(request), type);
    }

    /** The {@code data.message_uid} of a send, which the spec requires. */
    public String messageUid(ApiRequest request) {
        return messageUid(request, transport.execute(request));
    }

    /** The {@code data.message_uid} of the answer to a send: the one place a send's answer is mapped. */
    static String messageUid(ApiRequest request, ApiResponse response) {
        if (response.isSuccess()) {
            // a plain success is read in one pass; anything else takes the general path below, which reports it
            String plain = SendJson.messageUidOrNull(response.body());
            if (plain != null) {
                return plain;
            }
        }
        String uid = uidOf(document(request, response));
        if (uid == null) {
            throw new TimelinesAiException("TimelinesAI " + request + " answered without a message_uid", 200, "OK",
                    null, null, null, null);
        }
        return uid;
    }

    /**
     * The {@code data.message_uid} of a note or reaction, or {@code null}: the spec requires only {@code status}
     * there, so an answer without {@code data} is still a success.
     */
    public String optionalMessageUid(ApiRequest request) {
        return uidOf(document(request));
    }

    private static String uidOf(JsonNode json) {
        JsonNode uid = json.path("data").get("message_uid");
        return uid == null || !uid.isTextual() || uid.asText().isEmpty() ? null : uid.asText();
    }
}
