package dev.seed.camel.timelinesai.partner;

import java.nio.charset.StandardCharsets;

import dev.seed.camel.timelinesai.event.MalformedEventException;
import dev.seed.camel.timelinesai.partner.event.MessagingQuotaEvent;
import dev.seed.camel.timelinesai.partner.event.PartnerEvent;
import dev.seed.camel.timelinesai.partner.event.PartnerEvents;
import dev.seed.camel.timelinesai.partner.event.SeatsFullEvent;
import dev.seed.camel.timelinesai.partner.event.UnknownPartnerEvent;
import dev.seed.camel.timelinesai.partner.event.WhatsappAccountEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Delivery bodies (the reference's fixtures) to typed partner events; malformed ones refused. */
class PartnerEventsParserTest {

    private static PartnerEvent parse(String json) {
        return PartnerEvents.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheFixtures() {
        PartnerEvent disconnected = parse("{\"workspace_id\":\"acme-dental\",\"event_type\":\"whatsapp_account:disconnected\","
                + "\"partner_id\":\"acme-partner\",\"triggered_at\":\"2026-09-20T09:00:01Z\",\"whatsapp_account_id\":880231,"
                + "\"phone_number_e164\":\"+31612345678\",\"user_id\":731005,\"disconnected_at\":\"2026-09-20T09:00:00Z\","
                + "\"reason\":\"(logged out)\",\"new_field\":1}");
        PartnerEvent near = parse("{\"workspace_id\":\"acme-dental\",\"event_type\":\"workspace:quota_near_full:messaging\","
                + "\"partner_id\":\"acme-partner\",\"triggered_at\":\"2026-09-27T11:42:00Z\",\"messaging_quota_total\":5000,"
                + "\"messaging_quota_used\":4510,\"utilization_pct\":90,\"current_period_start\":\"2026-09-01T00:00:00Z\","
                + "\"current_period_end\":\"2026-09-30T23:59:59Z\"}");
        PartnerEvent seats = parse("{\"workspace_id\":\"acme-dental\",\"event_type\":\"workspace:seats_full\","
                + "\"partner_id\":\"acme-partner\",\"triggered_at\":\"2026-09-14T14:01:10Z\",\"seats_purchased\":3,"
                + "\"seats_available\":0}");

        assertThat(disconnected).isInstanceOf(WhatsappAccountEvent.class);
        assertThat(((WhatsappAccountEvent) disconnected).reason()).isEqualTo("(logged out)");
        assertThat(disconnected.userId()).isEqualTo(731005L);
        assertThat(near).isInstanceOf(MessagingQuotaEvent.class);
        assertThat(((MessagingQuotaEvent) near).messagingQuotaUsed()).isEqualTo(4510);
        assertThat(seats).isInstanceOf(SeatsFullEvent.class);
        assertThat(PartnerEvents.ALL).hasSize(8);
    }

    @Test
    void anUnknownTypeIsKeptAsSuch() {
        assertThat(parse("{\"event_type\":\"workspace:messaging_quota:90\",\"data\":{}}"))
                .isInstanceOf(UnknownPartnerEvent.class);
    }

    @Test
    void refusesBodiesThatAreNoEvent() {
        assertThatThrownBy(() -> parse("")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> parse("[1]")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> parse("{\"workspace_id\":\"w\"}")).hasMessageContaining("event_type");
        assertThatThrownBy(() -> parse("{\"workspace_id\":\"acme\",\"event_type\":\"workspace:seats_full\","
                + "\"partner_id\":\"p\",\"triggered_at\":\"2026-09-14T14:01:10Z\"}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("required fields");
    }
}
