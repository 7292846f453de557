package dev.seed.camel.timelinesai.partner.auth;

/** Names shared by the Partner API's JWTs and webhook headers. */
public final class PartnerClaims {
    /** The claim naming the partner. */
    public static final String PARTNER_ID = "partner_id";
    /** The header naming the partner on requests and on webhook deliveries. */
    public static final String PARTNER_ID_HEADER = "X-TL-Partner-Id";
    /** The header carrying a partner webhook's JWT. */
    public static final String SIGNATURE_HEADER = "X-TL-Signature";

    private PartnerClaims() {
    }
}
