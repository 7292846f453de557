package dev.seed.camel.timelinesai.internal.json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The send's JSON without a tree writes what the mapper writes and reads a uid only where the tree path would. */
class SendJsonTest {

    @Test
    void flatBodiesAreTheMappersBytes() throws Exception {
        List<String> texts = List.of("Benchmark message", "", "Grüße 👋 and 👨‍👩‍👧", "quote \" backslash \\ slash /",
                "lines\nand\ttabs\r\b\f", "control \u0001 \u001f \u007f", "€ ™ \u2028 \u00e9");
        for (String text : texts) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", text);
            body.put("file_uid", "f-1");
            body.put("attachment_template_id", 42L);
            body.put("count", 7);
            body.put("flag", true);
            assertThat(new String(SendJson.flatOrNull(body), StandardCharsets.UTF_8)).as(text)
                    .isEqualTo(new String(JsonSupport.mapper().writeValueAsBytes(body), StandardCharsets.UTF_8));
        }
        assertThat(SendJson.flatOrNull(Map.of())).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anythingButAFlatMapIsLeftToTheMapper() {
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("text", null);
        assertThat(SendJson.flatOrNull(withNull)).isNull();
        assertThat(SendJson.flatOrNull(Map.of("nested", Map.of("a", "b")))).isNull();
        assertThat(SendJson.flatOrNull(Map.of("list", List.of("a")))).isNull();
        assertThat(SendJson.flatOrNull(Map.of("decimal", 1.5))).isNull();
        assertThat(SendJson.flatOrNull(Map.of(1, "numeric key"))).isNull();
        assertThat(SendJson.flatOrNull(Map.of("text", "lone \ud83d surrogate"))).isNull();
        assertThat(SendJson.flatOrNull(Map.of("text", "reversed \udc4b\ud83d pair"))).isNull();
    }

    @Test
    void aPlainSuccessGivesItsUid() {
        assertThat(uid("{\"status\":\"ok\",\"data\":{\"message_uid\":\"m-1\"}}")).isEqualTo("m-1");
        assertThat(uid("{\"data\":{\"other\":{\"message_uid\":\"inner\"},\"message_uid\":\"m-2\",\"x\":[1,{\"a\":2}]},"
                + "\"status\":\"ok\",\"extra\":{\"status\":\"error\"}}")).isEqualTo("m-2");
        assertThat(uid("{\"status\":\"ok\",\"data\":{\"message_uid\":\"a\"},\"data\":{\"message_uid\":\"b\"}}"))
                .isEqualTo("b");
        assertThat(uid("{\"status\":{\"nested\":\"error\"},\"data\":{\"message_uid\":\"m-3\"}}")).isEqualTo("m-3");
    }

    @Test
    void everythingElseIsLeftToTheTreePath() {
        for (String body : List.of("", "not json", "[]", "\"text\"", "{\"status\":\"error\",\"data\":{\"message_uid\":\"x\"}}",
                "{\"status\":\"ok\"}", "{\"status\":\"ok\",\"data\":null}", "{\"status\":\"ok\",\"data\":[\"m\"]}",
                "{\"status\":\"ok\",\"data\":{\"message_uid\":\"\"}}", "{\"status\":\"ok\",\"data\":{\"message_uid\":5}}",
                "{\"status\":\"ok\",\"data\":{\"message_uid\":{\"v\":\"m\"}}}", "{\"status\":\"ok\",\"data\":{\"message_uid\":\"m\"",
                "{\"status\":\"ok\",\"data\":{\"message_uid\":\"m\"},\"data\":[]}",
                "{\"status\":\"ok\",\"data\":{\"message_uid\":\"m\"},\"status\":\"error\"}")) {
            assertThat(uid(body)).as(body).isNull();
        }
        assertThat(SendJson.messageUidOrNull(null)).isNull();
    }

    @Test
    void whereItReadsAUidTheTreeReadsTheSame() {
        for (String body : List.of("{\"status\":\"ok\",\"data\":{\"message_uid\":\"m-1\"}}",
                "{\"data\":{\"message_uid\":\"m-2\",\"x\":[1,{\"a\":2}]},\"status\":\"ok\"}",
                "{\"status\":\"ok\",\"data\":{\"message_uid\":\"a\"},\"data\":{\"message_uid\":\"b\"}}")) {
            JsonNode tree = JsonSupport.parseOrNull(body.getBytes(StandardCharsets.UTF_8));
            assertThat(uid(body)).as(body).isEqualTo(tree.path("data").get("message_uid").asText());
        }
    }

    private static String uid(String body) {
        return SendJson.messageUidOrNull(body.getBytes(StandardCharsets.UTF_8));
    }
}
