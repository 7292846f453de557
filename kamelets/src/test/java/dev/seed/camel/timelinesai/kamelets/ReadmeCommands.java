package dev.seed.camel.timelinesai.kamelets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the shell commands of the top README as a shell would hand them to {@code camel run}. */
final class ReadmeCommands {
    private static final Pattern EXPORTED_TOKEN = Pattern.compile("(?m)^export TIMELINESAI_TOKEN=(\\S+)");
    private static final Pattern SIMULATOR_PROPERTY = Pattern.compile("(?m)^#\\s+(--prop=\\S+)\\s*$");

    private ReadmeCommands() {
    }

    /** The {@code --prop} values of the README's {@code camel run <file> …} command, unquoted. */
    static Map<String, String> camelRunProperties(String readme, String file) {
        List<String> lines = List.of(readme.split("\n"));
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("camel run " + file + " ")) {
                assertThat(first).as("one camel run command for " + file).isEqualTo(-1);
                first = i;
            }
        }
        assertThat(first).as("the README's camel run command for " + file).isNotEqualTo(-1);
        StringBuilder command = new StringBuilder();
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean continued = line.endsWith("\\");
            command.append(continued ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continued) {
                break;
            }
        }
        Map<String, String> properties = properties(List.of(command.toString().trim().split("\\s+")));
        assertThat(properties).as("properties of camel run " + file).isNotEmpty();
        return properties;
    }

    /** What the README's "Try them on the simulator" part adds to every {@code camel run} command. */
    static Map<String, String> simulatorProperties(String readme) {
        List<String> words = new ArrayList<>();
        Matcher m = SIMULATOR_PROPERTY.matcher(section(readme));
        while (m.find()) {
            words.add(m.group(1));
        }
        Map<String, String> properties = properties(words);
        assertThat(properties).as("the simulator's properties in the README")
                .containsKey("camel.component.timelinesai.baseUrl");
        return properties;
    }

    /** The value the README exports as {@code TIMELINESAI_TOKEN} to try the snippets on the simulator. */
    static String exportedToken(String readme) {
        Matcher m = EXPORTED_TOKEN.matcher(section(readme));
        assertThat(m.find()).as("export TIMELINESAI_TOKEN=… in the README").isTrue();
        return m.group(1);
    }

    private static String section(String readme) {
        int start = readme.indexOf("### Try them on the simulator");
        assertThat(start).as("the README's simulator section").isNotNegative();
        return readme.substring(start, readme.indexOf("\n### ", start + 1));
    }

    private static Map<String, String> properties(List<String> words) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String word : words) {
            if (word.startsWith("--prop=")) {
                String assignment = word.substring("--prop=".length());
                int eq = assignment.indexOf('=');
                properties.put(assignment.substring(0, eq), unquote(assignment.substring(eq + 1)));
            }
        }
        return properties;
    }

    private static String unquote(String value) {
        return value.length() > 1 && value.startsWith("'") && value.endsWith("'")
                ? value.substring(1, value.length() - 1) : value;
    }
}
