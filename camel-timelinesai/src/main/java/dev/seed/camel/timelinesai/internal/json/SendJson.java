package dev.seed.camel.timelinesai.internal.json;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

/**
 * The JSON of a send without a tree: writes a flat body ({@code text}, {@code chat_name}, ...) and reads the
 * {@code data.message_uid} of a plain success answer in one pass. Anything else (a nested value, an error
 * answer, a malformed body) is left to the general path, which reports it.
 */
public final class SendJson {
    private static final JsonFactory FACTORY = JsonSupport.mapper().getFactory();

    private SendJson() {
    }

    /**
     * The UTF-8 JSON of a map of string keys whose values are all strings, whole numbers or booleans, written as
     * the mapper would; {@code null} when a key or value is of another kind (or null): the caller then uses the mapper.
     */
    public static byte[] flatOrNull(Map<?, ?> body) {
        for (Map.Entry<?, ?> e : body.entrySet()) {
            Object value = e.getValue();
            if (!(e.getKey() instanceof String) || !(value instanceof String || value instanceof Long
                    || value instanceof Integer || value instanceof Boolean)) {
                return null;
            }
        }
        try (ByteArrayBuilder out = new ByteArrayBuilder(128);
             JsonGenerator json = FACTORY.createGenerator(out)) {
            // the mapper's write features (surrogate pairs combined in UTF-8), as its own writer would have them
            JsonSupport.mapper().getSerializationConfig().initialize(json);
            json.writeStartObject();
            for (Map.Entry<?, ?> e : body.entrySet()) {
                json.writeFieldName((String) e.getKey());
                Object value = e.getValue();
                if (value instanceof String s) {
                    json.writeString(s);
                } else if (value instanceof Boolean b) {
                    json.writeBoolean(b);
                } else {
                    json.writeNumber(((Number) value).longValue());
                }
            }
            json.writeEndObject();
            json.flush();
            return out.toByteArray();
        } catch (IOException e) {
            return null;
        }
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
