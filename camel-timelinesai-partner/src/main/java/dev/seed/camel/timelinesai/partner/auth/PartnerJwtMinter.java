package dev.seed.camel.timelinesai.partner.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

/**
 * Mints the Partner API's bearer token: a fresh HS256 JWT per request, signed with the Partner Secret, with the
 * claims {@code partner_id}, {@code nbf} and {@code exp} (now ∓ 180 s, as TimelinesAI's docs build them).
 */
public final class PartnerJwtMinter {
    /** How far either side of now a minted token is valid. */
    public static final Duration VALIDITY = Duration.ofSeconds(180);

    private final String partnerId;
    private final Algorithm algorithm;
    private final Clock clock;

    public PartnerJwtMinter(String partnerId, String partnerSecret, Clock clock) {
        if (partnerId == null || partnerId.isBlank()) {
            throw new IllegalArgumentException("partnerId must not be empty");
        }
        if (partnerSecret == null || partnerSecret.isEmpty()) {
            throw new IllegalArgumentException("partnerSecret must not be empty");
        }
        this.partnerId = partnerId;
        this.algorithm = Algorithm.HMAC256(partnerSecret);
        this.clock = clock;
    }

    /** A new token, valid from now − 180 s to now + 180 s. */
    public String mint() {
        Instant now = clock.instant();
        return JWT.create()
                .withClaim(PartnerClaims.PARTNER_ID, partnerId)
                .withNotBefore(now.minus(VALIDITY))
                .withExpiresAt(now.plus(VALIDITY))
                .sign(algorithm);
    }

    @Override
    public String toString() {
        return "PartnerJwtMinter[partnerId=" + partnerId + ", secret=****]";
    }
}
