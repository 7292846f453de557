package dev.seed.camel.timelinesai.simulator.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import dev.seed.camel.timelinesai.simulator.http.ApiException;

/**
 * The API's check of URLs it will call: structurally valid {@code http(s)://} with a host, a port in range
 * and no unescaped {@code +} or {@code =} in the userinfo (shapes a standard HTTP client cannot dispatch to).
 */
public final class HttpUrlCheck {
    /** The message of the field error. */
    public static final String MESSAGE = "must be a valid http(s) URL";

    private HttpUrlCheck() {
    }

    /** The parsed URL; 400 {@code validation_error} on {@code field} when it is not a valid http(s) URL. */
    public static URI require(String field, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiException.validation(field, MESSAGE);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean valid = (scheme.equals("http") || scheme.equals("https"))
                && uri.getHost() != null && !uri.getHost().isEmpty()
                && (uri.getPort() == -1 || (uri.getPort() > 0 && uri.getPort() <= 65_535))
                && (uri.getRawUserInfo() == null || uri.getRawUserInfo().chars().noneMatch(c -> c == '+' || c == '='));
        if (!valid) {
            throw ApiException.validation(field, MESSAGE);
        }
        return uri;
    }
}
