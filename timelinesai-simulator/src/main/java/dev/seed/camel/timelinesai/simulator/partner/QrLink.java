package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Instant;

/** A WhatsApp onboarding link issued for one user: unguessable token, expiry, and whether it was revoked or used. */
final class QrLink {
    enum State { ACTIVE, REVOKED, USED }

    private final String token;
    private final String url;
    private final long userId;
    private final Instant expiresAt;
    private State state = State.ACTIVE;

    QrLink(String token, String url, long userId, Instant expiresAt) {
        this.token = token;
        this.url = url;
        this.userId = userId;
        this.expiresAt = expiresAt;
    }

    String token() { return token; }
    String url() { return url; }
    long userId() { return userId; }
    Instant expiresAt() { return expiresAt; }
    synchronized State state() { return state; }

    /** Usable: neither revoked nor used, and not expired at {@code now}. */
    synchronized boolean isActive(Instant now) {
        return state == State.ACTIVE && now.isBefore(expiresAt);
    }

    synchronized void revoke() { state = State.REVOKED; }

    synchronized void markUsed() { state = State.USED; }
}
