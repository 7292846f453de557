package dev.seed.camel.timelinesai.simulator.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * A JSON request body, read the way the API reads it: UTF-8 only, an object at the top, typed fields with
 * length limits and no NUL characters. Every violation becomes a 400 {@code validation_error}.
 */
public final class JsonRequest {
    private final ObjectNode body;

    private JsonRequest(ObjectNode body) {
        this.body = body;
    }

    /** Parses the body of the request; an empty body is an empty object. */
    public static JsonRequest of(RoutingContext ctx) {
        Buffer buffer = ctx.body() == null ? null : ctx.body().buffer();
        return parse(buffer == null ? new byte[0] : buffer.getBytes());
    }

    public static JsonRequest parse(byte[] bytes) {
        if (bytes.length == 0) {
            return new JsonRequest(Json.object());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("Bad JSON format: 'utf-8' codec can't decode byte 0x"
                    + String.format("%02x", firstInvalidByte(bytes)));
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Bad JSON format: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("Bad JSON format: a JSON object is expected");
        }
        return new JsonRequest((ObjectNode) node);
    }

    private static int firstInvalidByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return b & 0xff;
            }
        }
        return 0;
    }

    public ObjectNode node() { return body; }

    public boolean has(String field) { return body.has(field); }

    public boolean isNull(String field) { return body.has(field) && body.get(field).isNull(); }

    /** A required string, not blank, at most {@code max} characters. */
    public String requiredString(String field, int max) {
        String value = optionalString(field, max);
        if (value == null) {
            throw ApiException.validation(field, "Missing data for required field.");
        }
        if (value.isBlank()) {
            throw ApiException.validation(field, "Field may not be blank.");
        }
        return value;
    }

    /** An optional string (null when absent or JSON null), at most {@code max} characters. */
    public String optionalString(String field, int max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.validation(field, "Not a valid string.");
        }
        return checkString(field, node.asText(), max);
    }

    public static String checkString(String field, String value, int max) {
        if (value.indexOf('\u0000') >= 0) {
            throw ApiException.validation(field, "String must not contain the NUL character.");
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw ApiException.validation(field, "Longer than maximum length " + max + ".");
        }
        return value;
    }

    /** An optional boolean; a string or number is refused. */
    public Boolean optionalBoolean(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw ApiException.validation(field, "Not a valid boolean.");
        }
        return node.booleanValue();
    }

    /** An optional integer within [min, max]. */
    public Long optionalLong(String field, long min, long max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            throw ApiException.validation(field, "Not a valid integer.");
        }
        long value = node.longValue();
        if (value < min || value > max) {
            throw ApiException.validation(field, "Must be greater than or equal to " + min + " and less than or equal to " + max + ".");
        }
        return value;
    }

    /** A required array of strings, each at most {@code itemMax} characters. */
    public List<String> requiredStringList(String field, int itemMax) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw ApiException.validation(field, "Missing data for required field.");
        }
        if (!node.isArray()) {
            throw ApiException.validation(field, "Not a valid list.");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual()) {
                throw new ApiException(400, "validation_error", "Invalid request: " + field + "." + i + ": Not a valid string.",
                        List.of(new ApiException.FieldError(List.of(field, String.valueOf(i)), "Not a valid string.")));
            }
            values.add(checkString(field, item.asText(), itemMax));
        }
        return values;
    }
}
