package dev.seed.camel.timelinesai.partner;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import dev.seed.camel.timelinesai.partner.auth.PartnerJwtMinter;
import dev.seed.camel.timelinesai.partner.auth.PartnerSignatureVerifier;
import dev.seed.camel.timelinesai.partner.auth.SignatureRejectedException;
import dev.seed.camel.timelinesai.simulator.partner.PartnerJwt;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Minted JWTs checked by the simulator's independent verifier; the component's verifier against a fixed clock. */
class PartnerJwtMinterTest {
    private static final String SECRET = "partner-secret-for-unit-tests";
    private static final Instant NOW = Instant.parse("2026-09-14T14:00:00Z");

    @Test
    void mintsHs256WithPartnerIdAndASixMinuteWindow() {
        PartnerJwtMinter minter = new PartnerJwtMinter("acme-partner", SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

        String token = minter.mint();

        PartnerJwt.Claims claims = PartnerJwt.verify(token, SECRET, NOW);
        assertThat(claims.partnerId()).isEqualTo("acme-partner");
        assertThat(claims.notBefore()).isEqualTo(NOW.getEpochSecond() - 180);
        assertThat(claims.expiresAt()).isEqualTo(NOW.getEpochSecond() + 180);
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"HS256\"");
        assertThat(minter.toString()).doesNotContain(SECRET);
        assertThatThrownBy(() -> new PartnerJwtMinter("acme-partner", "", Clock.systemUTC()))
                .hasMessageContaining("partnerSecret");
    }

    @Test
    void verifierHonoursTheLeewayAtItsEdges() {
        String token = PartnerJwt.sign("acme-partner", SECRET, NOW.getEpochSecond() - 300, NOW.getEpochSecond());
        PartnerSignatureVerifier at29 = new PartnerSignatureVerifier("acme-partner", SECRET, Duration.ofSeconds(30),
                Clock.fixed(NOW.plusSeconds(29), ZoneOffset.UTC));
        PartnerSignatureVerifier at31 = new PartnerSignatureVerifier("acme-partner", SECRET, Duration.ofSeconds(30),
                Clock.fixed(NOW.plusSeconds(31), ZoneOffset.UTC));
        PartnerSignatureVerifier noLeeway = new PartnerSignatureVerifier("acme-partner", SECRET, Duration.ZERO,
                Clock.fixed(NOW.plusSeconds(1), ZoneOffset.UTC));

        assertThat(at29.verify(token, "acme-partner")).isEqualTo("acme-partner");
        assertThatThrownBy(() -> at31.verify(token, "acme-partner")).isInstanceOf(SignatureRejectedException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> noLeeway.verify(token, "acme-partner")).isInstanceOf(SignatureRejectedException.class);
        assertThat(at29.toString()).doesNotContain(SECRET);
    }
}
