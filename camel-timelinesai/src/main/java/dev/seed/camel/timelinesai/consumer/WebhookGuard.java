package dev.seed.camel.timelinesai.consumer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The checks a delivery (a POST) passes before it is parsed: peer address, the URL secret and the optional
 * proxy-added Authorization. Secrets are compared in constant time and never echoed.
 */
final class WebhookGuard implements DeliveryCheck {
    /** The query parameter that carries the webhook secret. */
    static final String SECRET_PARAMETER = "secret";
    static final String VERTX_REMOTE_ADDRESS = "CamelVertxPlatformHttpRemoteAddress";
    static final String SERVLET_REQUEST = "CamelHttpServletRequest";

    private final byte[] secret;
    private final byte[] expectedAuthorization;
    private final IpAllowList allowList;

    WebhookGuard(String secret, String bearerToken, String basicAuth, IpAllowList allowList) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        if (bearerToken != null) {
            this.expectedAuthorization = ("Bearer " + bearerToken).getBytes(StandardCharsets.UTF_8);
        } else if (basicAuth != null) {
            this.expectedAuthorization = ("Basic " + Base64.getEncoder().encodeToString(
                    basicAuth.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
        } else {
            this.expectedAuthorization = null;
        }
        this.allowList = allowList;
    }

    @Override
    public Rejection check(Exchange exchange) {
        Message in = exchange.getMessage();
        if (allowList != null && !allowList.allows(remoteIp(in))) {
            return new Rejection(403, "Address not allowed");
        }
        String given = querySecret(in);
        if (given == null || given.isEmpty()) {
            return new Rejection(401, "Missing secret");
        }
        if (!MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return new Rejection(403, "Wrong secret");
        }
        if (expectedAuthorization != null) {
            String authorization = in.getHeader("Authorization", String.class);
            if (authorization == null) {
                return new Rejection(401, "Missing Authorization");
            }
            if (!MessageDigest.isEqual(expectedAuthorization, authorization.getBytes(StandardCharsets.UTF_8))) {
                return new Rejection(403, "Wrong Authorization");
            }
        }
        return null;
    }

    private static String querySecret(Message in) {
        String query = in.getHeader(Exchange.HTTP_RAW_QUERY, String.class);
        if (query == null) {
            query = in.getHeader(Exchange.HTTP_QUERY, String.class);
        }
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (SECRET_PARAMETER.equals(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        }
        // only the query parameter counts: a request header of the same name is not a secret
        return null;
    }

    /** The peer IP from the runtime's request facts (Vert.x, or a servlet request), or {@code null}. */
    static String remoteIp(Message in) {
        Object vertx = in.getHeader(VERTX_REMOTE_ADDRESS);
        if (vertx != null) {
            String ip = invoke(vertx, "hostAddress");
            return ip != null ? ip : invoke(vertx, "host");
        }
        Object servlet = in.getHeader(SERVLET_REQUEST);
        return servlet != null ? invoke(servlet, "getRemoteAddr") : null;
    }

    private static String invoke(Object target, String method) {
        try {
            Object value = target.getClass().getMethod(method).invoke(target);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
