package dev.seed.camel.timelinesai.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.json.JsonSupport;
import dev.seed.camel.timelinesai.transport.ApiRequest;
import dev.seed.camel.timelinesai.transport.ApiResponse;
import dev.seed.camel.timelinesai.transport.ApiTransport;
import dev.seed.camel.timelinesai.transport.ErrorResponses;
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
        return new ByteArrayEntity(JsonSupport.toBytes(value), ContentType.APPLICATION_JSON);
    }

    /** Sends the request and returns the whole response document (already checked for errors). */
    public JsonNode document(ApiRequest request) {
        ApiResponse response = transport.execute(request);
        if (!response.isSuccess()) {
            throw ErrorResponses.toException(request.toString(), response);
        }
        JsonNode json = JsonSupport.parseOrNull(response.body());
        if (json == null) {
            throw new TimelinesAiException("TimelinesAI " + request + " answered HTTP " + response.status()
                    + " with a body that is not JSON" + (response.contentType() == null ? "" : " ("
                    + response.contentType() + ")"), response.status(), response.reason(), null, null, null, null);
        }
        if ("error".equals(json.path("status").asText())) {
            throw ErrorResponses.toException(request.toString(), response);
        }
        return json;
    }

    /** The {@code data} of the response; fails if there is none. */
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

    /** The {@code data.message_uid} of a send, note or reaction. */
    public String messageUid(ApiRequest request) {
        JsonNode uid = data(request).get("message_uid");
        if (uid == null || !uid.isTextual() || uid.asText().isEmpty()) {
            throw new TimelinesAiException("TimelinesAI " + request + " answered without a message_uid", 200, "OK",
                    null, null, null, null);
        }
        return uid.asText();
    }
}
