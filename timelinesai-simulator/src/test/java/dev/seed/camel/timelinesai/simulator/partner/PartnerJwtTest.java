package dev.seed.camel.timelinesai.simulator.partner;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing and verifying partner JWTs: HS256 only, constant-time signature check, nbf/exp with leeway. */
class PartnerJwtTest {
    private static final String SECRET = "test-secret";
    private static final Instant NOW = Instant.parse("2026-09-14T14:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void verifiesWhatItSigns() {
        String token = PartnerJwt.sign("acme-partner", SECRET, NOW);

        PartnerJwt.Claims claims = PartnerJwt.verify(token, SECRET, NOW);

        assertThat(claims.partnerId()).isEqualTo("acme-partner");
        assertThat(claims.notBefore()).isEqualTo(NOW.getEpochSecond() - 180);
        assertThat(claims.expiresAt()).isEqualTo(NOW.getEpochSecond() + 180);
    }

    @Test
    void producesAStandardHs256Header() {
        String header = new String(Base64.getUrlDecoder().decode(PartnerJwt.sign("p", SECRET, NOW).split("\\.")[0]),
                StandardCharsets.UTF_8);

        assertThat(header).contains("\"alg\":\"HS256\"").contains("\"typ\":\"JWT\"");
    }

    @Test
    void refusesAnotherKey() {
        String token = PartnerJwt.sign("acme-partner", "another-secret", NOW);

        assertRejected(token, "invalid_signature");
    }

    @Test
    void refusesATamperedPayload() {
        String[] parts = PartnerJwt.sign("acme-partner", SECRET, NOW).split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"partner_id\":\"someone-else\",\"nbf\":" + NOW.getEpochSecond() + ",\"exp\":"
                        + (NOW.getEpochSecond() + 60) + "}").getBytes(StandardCharsets.UTF_8));

        assertRejected(parts[0] + "." + forged + "." + parts[2], "invalid_signature");
    }

    @Test
    void refusesAlgNoneAndOtherAlgorithms() {
        String payload = PartnerJwt.sign("acme-partner", SECRET, NOW).split("\\.")[1];
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
        String hs512 = b64("{\"alg\":\"HS512\",\"typ\":\"JWT\"}") + "." + payload + "."
                + PartnerJwt.sign("acme-partner", SECRET, NOW).split("\\.")[2];

        assertRejected(none, "invalid_signature");
        assertRejected(hs512, "invalid_signature");
    }

    @Test
    void honoursExpiryAndNotBeforeWithALeeway() {
        long now = NOW.getEpochSecond();
        assertRejected(PartnerJwt.sign("p", SECRET, now - 600, now - 31), "timestamp_out_of_range");
        assertRejected(PartnerJwt.sign("p", SECRET, now + 31, now + 600), "token_not_active");
        assertThat(PartnerJwt.verify(PartnerJwt.sign("p", SECRET, now - 600, now - 29), SECRET, NOW).partnerId())
                .isEqualTo("p");
        assertThat(PartnerJwt.verify(PartnerJwt.sign("p", SECRET, now + 29, now + 600), SECRET, NOW).partnerId())
                .isEqualTo("p");
    }

    @Test
    void refusesMissingClaims() {
        long now = NOW.getEpochSecond();
        assertRejected(PartnerJwt.signClaims(MAPPER.createObjectNode().put("nbf", now).put("exp", now + 60), SECRET),
                "missing_claim");
        assertRejected(PartnerJwt.signClaims(MAPPER.createObjectNode().put("partner_id", "p").put("exp", now + 60), SECRET),
                "missing_claim");
        assertRejected(PartnerJwt.signClaims(MAPPER.createObjectNode().put("partner_id", "p").put("nbf", now), SECRET),
                "missing_claim");
    }

    @Test
    void refusesMalformedTokens() {
        assertRejected("not-a-jwt", "token_decode_error");
        assertRejected("a.b", "token_decode_error");
        assertRejected("!!!.???.***", "token_decode_error");
        assertRejected(b64("[1,2]") + "." + b64("{}") + ".sig", "token_decode_error");
        assertRejected(PartnerJwt.signClaims(MAPPER.createObjectNode().put("partner_id", "p").put("nbf", "soon")
                .put("exp", NOW.getEpochSecond() + 60), SECRET), "token_decode_error");
    }

    @Test
    void neverPutsTheSecretInItsMessages() {
        assertThatThrownBy(() -> PartnerJwt.verify(PartnerJwt.sign("p", "x", NOW), SECRET, NOW))
                .hasMessageNotContaining(SECRET);
    }

    private static void assertRejected(String token, String code) {
        assertThatThrownBy(() -> PartnerJwt.verify(token, SECRET, NOW))
                .isInstanceOf(PartnerJwt.Rejected.class)
                .satisfies(e -> assertThat(((PartnerJwt.Rejected) e).code()).isEqualTo(code));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
