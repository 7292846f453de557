package dev.seed.camel.timelinesai.operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.model.waba.WabaTemplateSection;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateValue;
import dev.seed.camel.timelinesai.model.waba.WabaTemplateVariables;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shapes a route may give template variables in (header or body), as the send receives them. */
class WabaTemplateInputTest {

    private static List<String> texts(WabaTemplateVariables v, WabaTemplateSection section) {
        return v.section(section).stream().map(WabaTemplateValue::text).toList();
    }

    private static List<String> names(WabaTemplateVariables v, WabaTemplateSection section) {
        return v.section(section).stream().map(WabaTemplateValue::parameterName).toList();
    }

    @Test
    void aListIsTheBodysPositionalValues() {
        WabaTemplateVariables v = WabaTemplateInput.variables(List.of("Dana", 1027));
        assertThat(texts(v, WabaTemplateSection.BODY)).containsExactly("Dana", "1027");
        assertThat(v.header()).isEmpty();
        assertThat(names(v, WabaTemplateSection.BODY)).containsOnlyNulls();
    }

    @Test
    void aMapOfSectionsGivesEachSection() {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("first_name", "Dana");
        WabaTemplateVariables v = WabaTemplateInput.variables(Map.of("header", List.of("A-1"), "body", named));
        assertThat(texts(v, WabaTemplateSection.HEADER)).containsExactly("A-1");
        assertThat(names(v, WabaTemplateSection.BODY)).containsExactly("first_name");
    }

    @Test
    void anyOtherMapNamesTheBodysValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("discount", "10%");
        values.put("first_name", "Dana");
        WabaTemplateVariables v = WabaTemplateInput.variables(values);
        assertThat(names(v, WabaTemplateSection.BODY)).containsExactly("discount", "first_name");
        assertThat(texts(v, WabaTemplateSection.BODY)).containsExactly("10%", "Dana");
    }

    @Test
    void jsonTextIsReadAsTheSameShapes() {
        assertThat(texts(WabaTemplateInput.variables("[\"a\", \"b\"]"), WabaTemplateSection.BODY))
                .containsExactly("a", "b");
        WabaTemplateVariables sections = WabaTemplateInput.variables(" {\"header\": [\"h\"], \"body\": [\"b\"]}");
        assertThat(texts(sections, WabaTemplateSection.HEADER)).containsExactly("h");
        assertThat(texts(sections, WabaTemplateSection.BODY)).containsExactly("b");
        assertThat(names(WabaTemplateInput.variables("{\"first_name\": \"Dana\"}"), WabaTemplateSection.BODY))
                .containsExactly("first_name");
    }

    @Test
    void otherShapesAreRefusedClearly() {
        assertThatThrownBy(() -> WabaTemplateInput.variables("Dana")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("List");
        assertThatThrownBy(() -> WabaTemplateInput.variables("[\"a\", ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON");
        assertThatThrownBy(() -> WabaTemplateInput.variables(java.util.Arrays.asList("a", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> WabaTemplateInput.variables(Map.of("body", "Dana")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body");
    }
}
