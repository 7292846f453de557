package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Clock;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Partner API authentication: {@code Authorization: Bearer <JWT>} and {@code X-TL-Partner-Id} on every request,
 * the header naming the configured partner, the JWT verified by {@link PartnerJwt} and its {@code partner_id}
 * claim equal to the header. Every refusal is a 401 in the partner error shape.
 */
final class PartnerAuthHandler implements Handler<RoutingContext> {
    static final String PARTNER_HEADER = "X-TL-Partner-Id";
    private final PartnerSettings settings;
    private final Clock clock;

    PartnerAuthHandler(PartnerSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void handle(RoutingContext ctx) {
        try {
            authenticate(ctx.request().getHeader("Authorization"), ctx.request().getHeader(PARTNER_HEADER));
        } catch (PartnerApiException e) {
            PartnerResponses.error(ctx, e);
            return;
        }
        ctx.next();
    }

    private void authenticate(String authorization, String partnerId) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("missing_header", "The Authorization header is missing");
        }
        if (partnerId == null || partnerId.isBlank()) {
            throw unauthorized("missing_header", "The " + PARTNER_HEADER + " header is missing");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
            throw unauthorized("token_decode_error", "The Authorization header must be \"Bearer <JWT>\"");
        }
        if (!partnerId.equals(settings.partnerId())) {
            throw unauthorized("partner_not_found", "Partner \"" + partnerId + "\" not found");
        }
        PartnerJwt.Claims claims;
        try {
            claims = PartnerJwt.verify(authorization.substring(7).trim(), settings.secret(), clock.instant());
        } catch (PartnerJwt.Rejected e) {
            throw unauthorized(e.code(), e.getMessage());
        }
        if (!claims.partnerId().equals(partnerId)) {
            throw unauthorized("invalid_signature", "The token's partner_id claim does not match " + PARTNER_HEADER);
        }
    }

    private static PartnerApiException unauthorized(String code, String description) {
        return new PartnerApiException(401, code, description);
    }
}
