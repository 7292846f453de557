package dev.seed.camel.timelinesai.partner.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerConflictException;
import dev.seed.camel.timelinesai.internal.transport.ApiRequest;
import dev.seed.camel.timelinesai.internal.transport.ApiResponse;
import dev.seed.camel.timelinesai.internal.transport.ApiTransport;
import dev.seed.camel.timelinesai.internal.transport.ErrorResponses;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * Calls the Partner API through the shared transport: plain JSON bodies (no envelope), and its
 * {@code {error, status, description}} errors as typed {@link TimelinesAiException}s carrying the error code.
 */
public final class PartnerApi {
    private final ApiTransport transport;

    public PartnerApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** A UTF-8 JSON entity of a value. */
    static HttpEntity json(Object value) {
        return new ByteArrayEntity(JsonSupport.toBytes(value), ContentType.APPLICATION_JSON);
    }

    /** One path segment, encoded so that an id can never add a slash. */
    static String segment(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An id in the path must not be empty");
        }
        return URLEncoder.encode(id.trim(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends the request and reads the body as {@code type}; an error answer becomes a typed exception. */
    <T> T call(ApiRequest request, Class<T> type) {
        ApiResponse response = transport.execute(request);
        if (!response.isSuccess()) {
            throw toException(request.toString(), response);
        }
        JsonNode json = JsonSupport.parseOrNull(response.body());
        if (json == null || !json.isObject()) {
            throw new TimelinesAiException("TimelinesAI Partner API " + request + " answered HTTP " + response.status()
                    + " with a body that is not a JSON object" + (response.contentType() == null ? ""
                    : " (" + response.contentType() + ")"), response.status(), response.reason(), null, null, null,
                    null);
        }
        return JsonSupport.convert(json, type);
    }

    /** The shared error mapping, plus 409 as {@link TimelinesAiPartnerConflictException}. */
    static TimelinesAiException toException(String call, ApiResponse response) {
        TimelinesAiException e = ErrorResponses.toException("Partner API " + call, response);
        if (response.status() == 409) {
            return new TimelinesAiPartnerConflictException(e.getMessage(), e.getHttpStatus(),
                    e.getHttpResponseStatus(), e.getErrorCode(), e.getApiMessage(), e.getFieldErrors(),
                    e.getRetryAfter());
        }
        return e;
    }
}
