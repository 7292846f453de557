package dev.seed.camel.timelinesai.simulator.partner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The partner JWT: HS256 signed with the Partner Secret, claims {@code partner_id}, {@code nbf} and {@code exp}
 * (unix seconds). Signs the Partner API's bearer tokens and the {@code X-TL-Signature} of partner webhooks, and
 * verifies them: only HS256, constant-time signature comparison, {@code nbf}/{@code exp} with a leeway.
 */
public final class PartnerJwt {
    /** The validity the vendor's docs use either side of now: 180 s. */
    public static final Duration DEFAULT_SKEW = Duration.ofSeconds(180);
    /** Clock difference tolerated on {@code nbf} and {@code exp}. */
    public static final Duration LEEWAY = Duration.ofSeconds(30);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HMAC = "HmacSHA256";

    private PartnerJwt() {
    }

    /** The verified claims of a token. */
    public record Claims(String partnerId, long notBefore, long expiresAt) {
    }

    /** Why a token was refused: the partner error code and a description without the token or the secret. */
    public static final class Rejected extends RuntimeException {
        private final String code;

        public Rejected(String code, String description) {
            super(description, null, false, false);
            this.code = code;
        }

        public String code() { return code; }
    }

    /** A token valid from {@code now - 180 s} to {@code now + 180 s}, as the vendor's docs build them. */
    public static String sign(String partnerId, String secret, Instant now) {
        return sign(partnerId, secret, now.minus(DEFAULT_SKEW).getEpochSecond(), now.plus(DEFAULT_SKEW).getEpochSecond());
    }

    /** A token with exactly these claims. */
    public static String sign(String partnerId, String secret, long notBefore, long expiresAt) {
        ObjectNode claims = MAPPER.createObjectNode().put("partner_id", partnerId).put("nbf", notBefore)
                .put("exp", expiresAt);
        return signClaims(claims, secret);
    }

    /** Any claims, signed HS256 (tests build tokens with missing or odd claims with it). */
    public static String signClaims(JsonNode claims, String secret) {
        String signingInput = encode(MAPPER.createObjectNode().put("alg", "HS256").put("typ", "JWT")) + "."
                + encode(claims);
        return signingInput + "." + ENCODER.encodeToString(hmac(signingInput, secret));
    }

    /**
     * Checks a token against the secret and the clock; returns its claims or throws {@link Rejected} with
     * {@code token_decode_error}, {@code invalid_signature}, {@code missing_claim}, {@code token_not_active}
     * or {@code timestamp_out_of_range}.
     */
    public static Claims verify(String token, String secret, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new Rejected("token_decode_error", "The token is not a JWT (three dot-separated parts expected)");
        }
        JsonNode header = decodeJson(parts[0], "header");
        JsonNode claims = decodeJson(parts[1], "payload");
        byte[] signature = decodeBase64(parts[2], "signature");
        String alg = header.path("alg").asText("");
        if (!"HS256".equals(alg)) {
            throw new Rejected("invalid_signature", "The token must be signed with HS256, not \"" + alg + "\"");
        }
        byte[] expected = hmac(parts[0] + "." + parts[1], secret);
        if (!MessageDigest.isEqual(expected, signature)) {
            throw new Rejected("invalid_signature", "The token's signature does not match the partner secret");
        }
        String partnerId = requiredText(claims, "partner_id");
        long notBefore = requiredSeconds(claims, "nbf");
        long expiresAt = requiredSeconds(claims, "exp");
        long nowSeconds = now.getEpochSecond();
        if (notBefore > nowSeconds + LEEWAY.toSeconds()) {
            throw new Rejected("token_not_active", "The token is not valid yet (nbf is in the future)");
        }
        if (expiresAt < nowSeconds - LEEWAY.toSeconds()) {
            throw new Rejected("timestamp_out_of_range", "The token has expired (exp is in the past)");
        }
        return new Claims(partnerId, notBefore, expiresAt);
    }

    private static String requiredText(JsonNode claims, String name) {
        JsonNode node = claims.get(name);
        if (node == null || node.isNull()) {
            throw new Rejected("missing_claim", "The token has no \"" + name + "\" claim");
        }
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw new Rejected("token_decode_error", "The \"" + name + "\" claim must be a non-empty string");
        }
        return node.asText();
    }

    private static long requiredSeconds(JsonNode claims, String name) {
        JsonNode node = claims.get(name);
        if (node == null || node.isNull()) {
            throw new Rejected("missing_claim", "The token has no \"" + name + "\" claim");
        }
        if (!node.isNumber()) {
            throw new Rejected("token_decode_error", "The \"" + name + "\" claim must be a number of seconds");
        }
        return node.asLong();
    }

    private static JsonNode decodeJson(String part, String what) {
        byte[] bytes = decodeBase64(part, what);
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new Rejected("token_decode_error", "The token's " + what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new Rejected("token_decode_error", "The token's " + what + " is not valid JSON");
        }
    }

    private static byte[] decodeBase64(String part, String what) {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw new Rejected("token_decode_error", "The token's " + what + " is not base64url");
        }
    }

    private static String encode(JsonNode node) {
        try {
            return ENCODER.encodeToString(MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise JWT part", e);
        }
    }

    private static byte[] hmac(String signingInput, String secret) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
