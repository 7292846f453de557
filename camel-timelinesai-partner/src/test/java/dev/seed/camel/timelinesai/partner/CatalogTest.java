package dev.seed.camel.timelinesai.partner;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seed.camel.timelinesai.testsupport.CatalogDescriptions;
import dev.seed.camel.timelinesai.testsupport.OptionFields;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated catalog JSON describes every operation, option (secrets marked) and header; Camel's catalog accepts it. */
class CatalogTest {
    private static final String JSON = "META-INF/dev/seed/camel/timelinesai/partner/timelinesai-partner.json";
    private static JsonNode model;
    private static String text;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = CatalogTest.class.getClassLoader().getResourceAsStream(JSON)) {
            assertThat(in).as(JSON + " on the classpath").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        model = new ObjectMapper().readTree(text);
    }

    @Test
    void componentIsDescribed() {
        JsonNode component = model.get("component");
        assertThat(component.get("scheme").asText()).isEqualTo("timelinesai-partner");
        assertThat(component.get("syntax").asText()).isEqualTo("timelinesai-partner:api/operation");
        assertThat(component.get("producerOnly").asBoolean()).isFalse();
        assertThat(component.get("consumerOnly").asBoolean()).isFalse();
    }

    @Test
    void everyOperationOptionAndHeaderIsThere() throws Exception {
        JsonNode properties = model.get("properties");
        for (TimelinesAiPartnerOperation op : TimelinesAiPartnerOperation.values()) {
            assertThat(properties.get("operation").get("enum").toString()).contains("\"" + op.operationName() + "\"");
        }
        for (Class<?> options : new Class<?>[] { TimelinesAiPartnerConfiguration.class,
            TimelinesAiPartnerEventsConfiguration.class }) {
            for (Field f : OptionFields.of(options)) {
                if (f.isAnnotationPresent(UriParam.class)) {
                    assertThat(properties.get(f.getName())).as("option " + f.getName()).isNotNull();
                    assertThat(properties.get(f.getName()).get("description").asText()).isNotBlank();
                }
            }
        }
        for (Field f : TimelinesAiPartnerConstants.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(Metadata.class)) {
                assertThat(model.get("headers").get((String) f.get(null))).as("header " + f.getName()).isNotNull();
            }
        }
        assertThat(properties.get("partnerSecret").get("secret").asBoolean()).isTrue();
        assertThat(model.get("componentProperties").get("partnerSecret").get("secret").asBoolean()).isTrue();
        assertThat(properties.get("partnerId").get("secret").asBoolean()).isFalse();
    }

    @Test
    void everyDescriptionReachesTheCatalogWhole() {
        assertThat(CatalogDescriptions.problems(model, TimelinesAiPartnerConfiguration.class,
                TimelinesAiPartnerEventsConfiguration.class, TimelinesAiPartnerComponent.class)).isEmpty();
    }

    @Test
    void camelCatalogValidatesUris() {
        CamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent("timelinesai-partner", TimelinesAiPartnerComponent.class.getName(), text);

        EndpointValidationResult good = catalog.validateEndpointProperties(
                "timelinesai-partner:users/qr?workspaceId=acme-dental&userId=42&expiresInHours=48");
        EndpointValidationResult events = catalog.validateEndpointProperties(
                "timelinesai-partner:events?eventTypes=all&signatureLeeway=10s");
        EndpointValidationResult typo = catalog.validateEndpointProperties(
                "timelinesai-partner:users/qr?expiresInHour=48");

        assertThat(good.isSuccess()).as(good.summaryErrorMessage(false)).isTrue();
        assertThat(events.isSuccess()).as(events.summaryErrorMessage(false)).isTrue();
        assertThat(typo.isSuccess()).isFalse();
        assertThat(typo.getUnknown()).contains("expiresInHour");
    }
}
