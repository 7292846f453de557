package dev.seed.camel.timelinesai.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code [source,yaml]} blocks of an adoc text, which the documentation tests load as routes. */
public final class AdocYamlBlocks {
    private static final Pattern YAML_BLOCK = Pattern.compile("\\[source,yaml]\\n----\\n(.*?)\\n----", Pattern.DOTALL);

    private AdocYamlBlocks() {
    }

    /** The contents of every {@code [source,yaml]} block of {@code adoc}, in order. */
    public static List<String> of(String adoc) {
        Matcher m = YAML_BLOCK.matcher(adoc);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
