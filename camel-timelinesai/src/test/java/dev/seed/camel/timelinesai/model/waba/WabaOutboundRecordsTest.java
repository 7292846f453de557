package dev.seed.camel.timelinesai.model.waba;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON the outbound WABA records write, and the bad shapes they refuse before anything is sent. */
class WabaOutboundRecordsTest {

    private static String json(Object value) {
        return new String(JsonSupport.toBytes(value), StandardCharsets.UTF_8);
    }

    @Test
    void eachShapeWritesOnlyItsFields() {
        assertThat(json(WabaOutgoingMessage.text("Hi"))).isEqualTo("{\"text\":\"Hi\"}");
        assertThat(json(WabaOutgoingMessage.file("f-1"))).isEqualTo("{\"file_uid\":\"f-1\"}");
        assertThat(json(WabaOutgoingMessage.file("f-1", "Invoice")))
                .isEqualTo("{\"text\":\"Invoice\",\"file_uid\":\"f-1\"}");
        assertThat(json(WabaOutgoingMessage.template(WabaOutboundTemplate.positional("order_update", "en_US",
                List.of("A-1"), List.of("Dana", "A-1"))).toPhone(4021, "+15551230000")))
                .isEqualTo("{\"template\":{\"name\":\"order_update\",\"language\":\"en_US\",\"variables\":"
                        + "{\"header\":[\"A-1\"],\"body\":[\"Dana\",\"A-1\"]}},\"waba_account_id\":4021,"
                        + "\"phone\":\"+15551230000\"}");
        assertThat(json(WabaOutgoingMessage.template(WabaOutboundTemplate.of("hello_world", "en_US"))))
                .as("no variables, no variables block").isEqualTo("{\"template\":{\"name\":\"hello_world\","
                        + "\"language\":\"en_US\"}}");
        assertThat(json(WabaOutboundTemplate.of("t", "en").withBody("a", "b")))
                .as("an empty section is left out").isEqualTo("{\"name\":\"t\",\"language\":\"en\",\"variables\":"
                        + "{\"body\":[\"a\",\"b\"]}}");
    }

    @Test
    void shapesAndAddressing() {
        assertThat(WabaOutgoingMessage.text("Hi").shape()).isEqualTo(WabaOutgoingMessage.Shape.TEXT);
        assertThat(WabaOutgoingMessage.file("f", "c").shape()).isEqualTo(WabaOutgoingMessage.Shape.FILE);
        WabaOutgoingMessage template = WabaOutgoingMessage.template(WabaOutboundTemplate.of("t", "en"));
        assertThat(template.shape()).isEqualTo(WabaOutgoingMessage.Shape.TEMPLATE);
        assertThat(template.isToPhone()).isFalse();
        WabaOutgoingMessage toPhone = template.toPhone(4021, "+1555");
        assertThat(toPhone.isToPhone()).isTrue();
        assertThat(toPhone.wabaAccountId()).isEqualTo(4021L);
        assertThat(toPhone.template()).isEqualTo(template.template());
    }

    @Test
    void twoShapesAtOnceAreRefused() {
        WabaOutboundTemplate t = WabaOutboundTemplate.of("t", "en");
        assertThatThrownBy(() -> new WabaOutgoingMessage("Hi", null, t, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("template")
                .hasMessageContaining("text");
        assertThatThrownBy(() -> new WabaOutgoingMessage(null, "f-1", t, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file_uid");
        assertThatThrownBy(() -> new WabaOutgoingMessage("caption", "f-1", t, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyAndHalfAddressedSendsAreRefused() {
        assertThatThrownBy(() -> new WabaOutgoingMessage(null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs text");
        assertThatThrownBy(() -> WabaOutgoingMessage.text("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WabaOutgoingMessage.file(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file_uid");
        assertThatThrownBy(() -> WabaOutgoingMessage.template(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WabaOutgoingMessage("Hi", null, null, null, "+1555"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got only phone");
        assertThatThrownBy(() -> new WabaOutgoingMessage("Hi", null, null, 4021L, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got only waba_account_id");
        assertThatThrownBy(() -> WabaOutgoingMessage.text("Hi").toPhone(4021, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outboundTemplateRefusesBadVariables() {
        assertThatThrownBy(() -> WabaOutboundTemplate.of(" ", "en")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> WabaOutboundTemplate.of("t", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language");
        assertThatThrownBy(() -> new WabaTemplateVariables(List.of(),
                List.of(WabaTemplateValue.of("a"), WabaTemplateValue.named("x", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a mix");
        assertThatThrownBy(() -> new WabaTemplateVariables(List.of(),
                List.of(WabaTemplateValue.named("x", "a"), WabaTemplateValue.named("x", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"x\" is given twice");
        assertThatThrownBy(() -> WabaOutboundTemplate.of("t", "en").withBody("a", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be null");
        assertThatThrownBy(() -> WabaTemplateValue.named(" ", "v")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namedValuesAreSentAsTheirText() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("first_name", "Dana");
        body.put("promo_code", "SPRING10");
        WabaOutboundTemplate t = WabaOutboundTemplate.named("welcome_offer", "en", null, body);
        assertThat(t.section(WabaTemplateSection.BODY)).allMatch(WabaTemplateValue::isNamed);
        assertThat(json(t)).isEqualTo("{\"name\":\"welcome_offer\",\"language\":\"en\",\"variables\":"
                + "{\"body\":[\"Dana\",\"SPRING10\"]}}");
    }

    @Test
    void chatUpdateSendsOnlyWhatChanges() {
        assertThat(json(WabaChatUpdate.rename("Maria"))).isEqualTo("{\"name\":\"Maria\"}");
        assertThat(json(WabaChatUpdate.unassign())).isEqualTo("{\"responsible\":\"\"}");
        assertThat(json(WabaChatUpdate.closed(false))).isEqualTo("{\"closed\":false}");
        assertThat(json(WabaChatUpdate.read(true))).isEqualTo("{\"read\":true}");
        assertThat(json(WabaChatUpdate.assign("a@b.example"))).isEqualTo("{\"responsible\":\"a@b.example\"}");
    }

    @Test
    void reactionSetAndClear() {
        assertThat(json(WabaReaction.set("👍"))).isEqualTo("{\"reaction\":\"👍\"}");
        assertThat(json(WabaReaction.clear())).isEqualTo("{\"reaction\":\"\"}");
        assertThatThrownBy(() -> WabaReaction.set("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clear()");
        assertThatThrownBy(() -> new WabaReaction("x".repeat(51))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void analyticsRequestNormalisesAndRefuses() {
        Instant end = Instant.ofEpochSecond(1_753_920_000L);
        assertThat(json(WabaAnalyticsRequest.of(Instant.ofEpochSecond(1_751_328_000L), end)))
                .isEqualTo("{\"start\":1751328000,\"end\":1753920000}");
        WabaAnalyticsRequest r = new WabaAnalyticsRequest(1, 2, " country , PRICING_TYPE ");
        assertThat(r.dimensions()).isEqualTo("COUNTRY,PRICING_TYPE");
        assertThat(r.dimensionSet()).containsExactly(WabaAnalyticsDimension.COUNTRY, WabaAnalyticsDimension.PRICING_TYPE);
        assertThat(new WabaAnalyticsRequest(1, 2, " ").dimensions()).isNull();
        assertThatThrownBy(() -> new WabaAnalyticsRequest(5, 4, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after end");
        assertThatThrownBy(() -> new WabaAnalyticsRequest(-1, 4, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WabaAnalyticsRequest(1, 4, "COUNTRY,COST"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"COST\"");
        assertThatThrownBy(() -> new WabaAnalyticsRequest(1, 4, "COUNTRY,country"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> WabaAnalyticsRequest.of(null, end)).isInstanceOf(IllegalArgumentException.class);
    }
}
