package dev.seed.camel.timelinesai.consumer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** Generates webhook secrets and builds the URL TimelinesAI is given (the secret in its query). */
final class WebhookSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    /** 32 random bytes, URL-safe Base64 without padding. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code externalUrl + path + ?secret=...}. */
    static String subscriptionUrl(String externalUrl, String path, String secret) {
        String base = externalUrl.endsWith("/") ? externalUrl.substring(0, externalUrl.length() - 1) : externalUrl;
        return base + path + "?" + WebhookGuard.SECRET_PARAMETER + "="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    /** A URL without its query, for logs. */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?<redacted>";
    }
}
