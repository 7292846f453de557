package dev.seed.camel.timelinesai.internal.transport;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A fully read HTTP response: status, reason, the headers the components use, content type and body. */
public record ApiResponse(int status, String reason, String contentType, Map<String, String> headers, byte[] body) {

    /** A header by case-insensitive name, or {@code null}. */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean isJson() {
        return contentType != null && contentType.toLowerCase().contains("json");
    }

    /** The body as UTF-8 text (empty for no body). */
    public String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
