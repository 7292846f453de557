package dev.seed.camel.timelinesai.partner.consumer;

import dev.seed.camel.timelinesai.consumer.DeliveryCheck;
import dev.seed.camel.timelinesai.consumer.Rejection;
import dev.seed.camel.timelinesai.partner.auth.PartnerClaims;
import dev.seed.camel.timelinesai.partner.auth.PartnerSignatureVerifier;
import dev.seed.camel.timelinesai.partner.auth.SignatureRejectedException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** The check of a partner webhook delivery (a POST): a valid {@code X-TL-Signature}, else 401. */
final class PartnerSignatureCheck implements DeliveryCheck {
    private final PartnerSignatureVerifier verifier;

    PartnerSignatureCheck(PartnerSignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Rejection check(Exchange exchange) {
        Message in = exchange.getMessage();
        try {
            verifier.verify(in.getHeader(PartnerClaims.SIGNATURE_HEADER, String.class),
                    in.getHeader(PartnerClaims.PARTNER_ID_HEADER, String.class));
            return null;
        } catch (SignatureRejectedException e) {
            return new Rejection(401, e.getMessage());
        }
    }
}
