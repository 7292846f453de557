package dev.seed.camel.timelinesai.internal.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The JSON of a send without a tree: writes a flat body ({@code text}, {@code chat_name}, ...) and reads the
 * {@code data.message_uid} of a plain success answer in one pass. Anything else (a nested value, an error
 * answer, a malformed body) is left to the general path, which reports it.
 */
public final class SendJson {
    private static final JsonFactory FACTORY = JsonSupport.mapper().getFactory();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SendJson() {
    }

    /**
     * The UTF-8 JSON of a map of string keys whose values are all strings, whole numbers or booleans, the same
     * bytes as the mapper writes; {@code null} when a key or value is of another kind (or null) or a string holds a
     * lone surrogate: the caller then uses the mapper.
     */
    public static byte[] flatOrNull(Map<?, ?> body) {
        StringBuilder json = new StringBuilder(96).append('{');
        for (Map.Entry<?, ?> e : body.entrySet()) {
            Object value = e.getValue();
            if (!(e.getKey() instanceof String key) || !(value instanceof String || value instanceof Long
                    || value instanceof Integer || value instanceof Boolean)) {
                return null;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            if (!quote(json, key)) {
                return null;
            }
            json.append(':');
            if (value instanceof String text) {
                if (!quote(json, text)) {
                    return null;
                }
            } else {
                json.append(value);
            }
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends a JSON string as the mapper escapes it; {@code false} on a lone surrogate. */
    private static boolean quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                switch (c) {
                    case '\b' -> json.append("\\b");
                    case '\t' -> json.append("\\t");
                    case '\n' -> json.append("\\n");
                    case '\f' -> json.append("\\f");
                    case '\r' -> json.append("\\r");
                    default -> json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                json.append(c).append(text.charAt(++i));
            } else {
                json.append(c);
            }
        }
        json.append('"');
        return true;
    }

    /**
     * The {@code data.message_uid} of an answer that is plainly a success: a JSON object whose {@code status} is
     * not {@code "error"} and whose {@code data} object holds a non-empty string {@code message_uid}. {@code null}
     * for anything else, to be judged by the general path.
     */
    public static String messageUidOrNull(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try (JsonParser json = FACTORY.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String uid = null;
            boolean error = false;
            for (JsonToken t = json.nextToken(); t == JsonToken.FIELD_NAME; t = json.nextToken()) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if ("data".equals(field) && value == JsonToken.START_OBJECT) {
                    uid = uidIn(json);
                    continue;
                }
                if ("status".equals(field)) {
                    error = value == JsonToken.VALUE_STRING && "error".equals(json.getText());
                } else if ("data".equals(field)) {
                    uid = null;
                }
                json.skipChildren();
            }
            if (json.currentToken() != JsonToken.END_OBJECT || error) {
                return null;
            }
            return uid;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The last {@code message_uid} of the object the parser is in (as a tree would keep it), when a non-empty string. */
    private static String uidIn(JsonParser json) throws IOException {
        String uid = null;
        for (JsonToken t = json.nextToken(); t == JsonToken.FIELD_NAME; t = json.nextToken()) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if ("message_uid".equals(field)) {
                uid = value == JsonToken.VALUE_STRING && !json.getText().isEmpty() ? json.getText() : null;
            }
            json.skipChildren();
        }
        return uid;
    }
}
