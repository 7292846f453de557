package dev.seed.camel.timelinesai.simulator.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.contract.WebhookContract;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner webhook contract accepts the reference fixtures and rejects bodies that break the spec. */
class PartnerWebhookContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void mapsEveryPartnerEventToItsSchema() {
        assertThat(VendorSpecs.partnerWebhooks().familyOf("workspace:seats_full")).isEqualTo("PartnerAPIWhSeatsFull");
        assertThat(VendorSpecs.partnerWebhooks().familyOf("workspace:quota_full:messaging")).isEqualTo("PartnerAPIWhMessaging");
        assertThat(VendorSpecs.partnerWebhooks().familyOf("whatsapp_account:disconnected")).isEqualTo("PartnerAPIWhWhatsappAccount");
        assertThat(VendorSpecs.partnerWebhooks().eventTypes()).hasSize(8);
    }

    @Test
    void acceptsTheReferenceFixtures() throws Exception {
        JsonNode connected = MAPPER.readTree("""
                {"workspace_id":"acme-dental","event_type":"whatsapp_account:connected","partner_id":"acme-partner",
                 "triggered_at":"2026-09-14T14:05:31Z","whatsapp_account_id":880231,
                 "phone_number_e164":"+31612345678","user_id":731005}""");
        JsonNode seatsFull = MAPPER.readTree("""
                {"workspace_id":"acme-dental","event_type":"workspace:seats_full","partner_id":"acme-partner",
                 "triggered_at":"2026-09-14T14:01:10Z","seats_purchased":3,"seats_available":0}""");

        assertThat(VendorSpecs.partnerWebhooks().check(connected)).isEmpty();
        assertThat(VendorSpecs.partnerWebhooks().check(seatsFull)).isEmpty();
    }

    @Test
    void rejectsMissingFieldsWrongTypesAndUnknownEvents() throws Exception {
        ObjectNode seatsFull = (ObjectNode) MAPPER.readTree("""
                {"workspace_id":"acme-dental","event_type":"workspace:seats_full","partner_id":"acme-partner",
                 "triggered_at":"2026-09-14T14:01:10Z","seats_purchased":3}""");
        ObjectNode wrongType = seatsFull.deepCopy().put("seats_available", "none");

        assertThat(VendorSpecs.partnerWebhooks().check(seatsFull)).anySatisfy(p -> assertThat(p).contains("seats_available"));
        assertThat(VendorSpecs.partnerWebhooks().check(wrongType)).isNotEmpty();
        assertThat(VendorSpecs.partnerWebhooks().check(seatsFull.deepCopy().put("event_type", "workspace:messaging_quota:90"))).isNotEmpty();
    }
}
