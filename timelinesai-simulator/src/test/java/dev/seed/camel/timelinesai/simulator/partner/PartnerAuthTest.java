package dev.seed.camel.timelinesai.simulator.partner;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Partner API authentication over HTTP: every refusal is a 401 in the partner error shape. */
class PartnerAuthTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIM = TimelinesAiSimulatorExtension.create().resetBeforeEach();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PATH = "/workspaces/acme-support";

    private TimelinesAiSimulator sim;
    private PartnerClient partner;
    private String partnerId;
    private String secret;

    @BeforeEach
    void setUp() {
        sim = SIM.simulator();
        partner = new PartnerClient(sim);
        partnerId = sim.partner().settings().partnerId();
        secret = sim.partner().settings().secret();
    }

    private PartnerClient.Result getWith(String authorization, String partnerHeader) {
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (partnerHeader != null) {
            headers.put("X-TL-Partner-Id", partnerHeader);
        }
        return partner.send("GET", PATH, null, headers);
    }

    private String bearer(String token) {
        return "Bearer " + token;
    }

    private static void assertRefused(PartnerClient.Result r, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).isEqualTo(code);
        assertThat(r.json().get("status").asInt()).isEqualTo(401);
        assertThat(r.json().get("description").asText()).isNotBlank();
        assertThat(r.apiVersion()).isEqualTo("v1");
    }

    @Test
    void acceptsAValidTokenAndAnswersWithTheVersionHeader() {
        PartnerClient.Result r = getWith(bearer(PartnerJwt.sign(partnerId, secret, Instant.now())), partnerId);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.apiVersion()).isEqualTo("v1");
        assertThat(r.json().get("workspace_id").asText()).isEqualTo("acme-support");
    }

    @Test
    void refusesMissingHeaders() {
        assertRefused(getWith(null, partnerId), "missing_header");
        assertRefused(getWith(bearer(PartnerJwt.sign(partnerId, secret, Instant.now())), null), "missing_header");
    }

    @Test
    void refusesAnUnknownPartner() {
        assertRefused(getWith(bearer(PartnerJwt.sign("stranger", secret, Instant.now())), "stranger"),
                "partner_not_found");
    }

    @Test
    void refusesAPartnerIdClaimThatDiffersFromTheHeader() {
        assertRefused(getWith(bearer(PartnerJwt.sign("someone-else", secret, Instant.now())), partnerId),
                "invalid_signature");
    }

    @Test
    void refusesMissingClaims() {
        long now = Instant.now().getEpochSecond();
        assertRefused(getWith(bearer(PartnerJwt.signClaims(MAPPER.createObjectNode().put("nbf", now - 10)
                .put("exp", now + 60), secret)), partnerId), "missing_claim");
        assertRefused(getWith(bearer(PartnerJwt.signClaims(MAPPER.createObjectNode().put("partner_id", partnerId)
                .put("nbf", now - 10), secret)), partnerId), "missing_claim");
        assertRefused(getWith(bearer(PartnerJwt.signClaims(MAPPER.createObjectNode().put("partner_id", partnerId)
                .put("exp", now + 60), secret)), partnerId), "missing_claim");
    }

    @Test
    void refusesAlgNoneAndHs512() {
        String valid = PartnerJwt.sign(partnerId, secret, Instant.now());
        String payload = valid.split("\\.")[1];
        assertRefused(getWith(bearer(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + "."), partnerId),
                "invalid_signature");
        assertRefused(getWith(bearer(b64("{\"alg\":\"HS512\",\"typ\":\"JWT\"}") + "." + payload + "."
                + valid.split("\\.")[2]), partnerId), "invalid_signature");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        assertRefused(getWith(bearer(PartnerJwt.sign(partnerId, "wrong-secret", Instant.now())), partnerId),
                "invalid_signature");
    }

    @Test
    void refusesExpiredAndNotYetValidTokens() {
        long now = Instant.now().getEpochSecond();
        assertRefused(getWith(bearer(PartnerJwt.sign(partnerId, secret, now - 900, now - 300)), partnerId),
                "timestamp_out_of_range");
        assertRefused(getWith(bearer(PartnerJwt.sign(partnerId, secret, now + 300, now + 900)), partnerId),
                "token_not_active");
    }

    @Test
    void refusesMalformedTokens() {
        assertRefused(getWith(bearer("garbage"), partnerId), "token_decode_error");
        assertRefused(getWith(bearer("a.b.c"), partnerId), "token_decode_error");
        assertRefused(getWith("Basic dXNlcjpwYXNz", partnerId), "token_decode_error");
    }

    @Test
    void followsCredentialsChangedThroughTheAdminApi(SimulatorAdminClient admin) {
        admin.setPartnerCredentials("new-partner", "new-secret");

        assertRefused(getWith(bearer(PartnerJwt.sign(partnerId, secret, Instant.now())), partnerId), "partner_not_found");
        assertRefused(getWith(bearer(PartnerJwt.sign("new-partner", secret, Instant.now())), "new-partner"),
                "invalid_signature");
        PartnerClient.Result ok = getWith(bearer(PartnerJwt.sign("new-partner", "new-secret", Instant.now())),
                "new-partner");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(admin.partnerSettings().partnerId()).isEqualTo("new-partner");
        assertThat(admin.partnerJwt()).satisfies(t -> assertThat(PartnerJwt.verify(t, "new-secret", Instant.now())
                .partnerId()).isEqualTo("new-partner"));
    }

    @Test
    void answersUnknownPathsAndMethodsInThePartnerShape() {
        PartnerClient.Result unknown = partner.get("/nothing-here");
        PartnerClient.Result wrongMethod = partner.send("DELETE", PATH, null, partner.authHeaders());
        PartnerClient.Result unauthenticated = partner.send("GET", "/nothing-here", null, Map.of());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("error").asText()).isEqualTo("method_not_allowed");
        assertThat(wrongMethod.json().get("status").asInt()).isEqualTo(405);
        assertThat(unauthenticated.status()).isEqualTo(401);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
