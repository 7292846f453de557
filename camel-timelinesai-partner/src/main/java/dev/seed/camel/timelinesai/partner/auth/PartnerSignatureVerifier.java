package dev.seed.camel.timelinesai.partner.auth;

import java.time.Clock;
import java.time.Duration;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.IncorrectClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.MissingClaimException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;

/**
 * Verifies the {@code X-TL-Signature} of a partner webhook: an HS256 JWT signed with the Partner Secret (no other
 * algorithm, {@code none} included), with {@code partner_id}, {@code nbf} and {@code exp} present and the time
 * claims met within a leeway, and {@code partner_id} equal to the {@code X-TL-Partner-Id} header and to the
 * expected partner.
 */
public final class PartnerSignatureVerifier {
    private final String expectedPartnerId;
    private final JWTVerifier verifier;

    public PartnerSignatureVerifier(String expectedPartnerId, String partnerSecret, Duration leeway, Clock clock) {
        if (partnerSecret == null || partnerSecret.isEmpty()) {
            throw new IllegalArgumentException("partnerSecret must not be empty");
        }
        this.expectedPartnerId = expectedPartnerId;
        JWTVerifier.BaseVerification verification = (JWTVerifier.BaseVerification) JWT
                .require(Algorithm.HMAC256(partnerSecret))
                .acceptLeeway(Math.max(0, leeway.toSeconds()))
                .withClaimPresence(PartnerClaims.PARTNER_ID)
                .withClaimPresence("nbf")
                .withClaimPresence("exp");
        this.verifier = verification.build(clock);
    }

    /**
     * Checks the signature header against the partner-id header; returns the verified partner id or throws
     * {@link SignatureRejectedException}.
     */
    public String verify(String signature, String partnerIdHeader) {
        if (signature == null || signature.isBlank()) {
            throw new SignatureRejectedException("Missing " + PartnerClaims.SIGNATURE_HEADER);
        }
        if (partnerIdHeader == null || partnerIdHeader.isBlank()) {
            throw new SignatureRejectedException("Missing " + PartnerClaims.PARTNER_ID_HEADER);
        }
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(signature.trim());
        } catch (AlgorithmMismatchException e) {
            throw new SignatureRejectedException("Signature algorithm is not HS256");
        } catch (SignatureVerificationException e) {
            throw new SignatureRejectedException("Signature does not match the partner secret");
        } catch (TokenExpiredException e) {
            throw new SignatureRejectedException("Signature has expired");
        } catch (MissingClaimException e) {
            throw new SignatureRejectedException("Signature lacks a required claim (partner_id, nbf, exp)");
        } catch (IncorrectClaimException e) {
            throw new SignatureRejectedException("Signature is not valid yet or has an invalid claim");
        } catch (JWTDecodeException e) {
            throw new SignatureRejectedException("Signature is not a well-formed JWT");
        } catch (JWTVerificationException e) {
            throw new SignatureRejectedException("Signature was refused");
        }
        Claim claim = jwt.getClaim(PartnerClaims.PARTNER_ID);
        String partnerId = claim.asString();
        if (partnerId == null || !partnerId.equals(partnerIdHeader.trim())) {
            throw new SignatureRejectedException("partner_id claim does not match " + PartnerClaims.PARTNER_ID_HEADER);
        }
        if (expectedPartnerId != null && !expectedPartnerId.equals(partnerId)) {
            throw new SignatureRejectedException("Delivery is for another partner");
        }
        return partnerId;
    }

    @Override
    public String toString() {
        return "PartnerSignatureVerifier[partnerId=" + expectedPartnerId + ", secret=****]";
    }
}
