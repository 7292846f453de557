package dev.seed.camel.timelinesai;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The option and header tables of the component page list exactly what the catalog lists, with its descriptions. */
class DocsOptionTablesTest {
    private static final Pattern ROW = Pattern.compile("(?m)^\\| \\*([A-Za-z0-9]+)\\* \\([^)]*\\)+ \\| (.*?) \\|");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "component options, componentProperties, ",
        "endpoint path options, properties, path",
        "endpoint query options, properties, parameter",
        "component headers, headers, "
    })
    void tableMatchesCatalog(String section, String catalogKey, String kind) throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/dev/seed/camel/timelinesai/timelinesai.json")) {
            catalog = new ObjectMapper().readTree(in).get(catalogKey);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        catalog.properties().forEach(e -> {
            if (kind == null || kind.equals(e.getValue().path("kind").asText())) {
                expected.put(e.getKey(), e.getValue().path("description").asText());
            }
        });
        String adoc = Files.readString(Path.of("src/main/docs/timelinesai-component.adoc"));
        int start = adoc.indexOf("// " + section + ": START");
        int end = adoc.indexOf("// " + section + ": END");
        assertThat(start).as("START marker of " + section).isNotNegative();
        assertThat(end).as("END marker of " + section).isGreaterThan(start);
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(adoc.substring(start, end));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        assertThat(documented.keySet()).as(section).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((name, description) ->
                assertThat(documented.get(name)).as("description of " + name + " in " + section).contains(description));
    }
}
