package dev.seed.camel.timelinesai.benchmarks;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import dev.seed.camel.timelinesai.model.FileInfo;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Child JVM of benchmark 4 (run with a small heap): uploads one file with {@code timelinesai:files/upload} to the
 * given base URL and prints the time, the size the server counted and its own heap figures.
 * Arguments: base URL, file path.
 */
public final class UploadChild {
    private UploadChild() {
    }

    public static void main(String[] args) throws Exception {
        File file = new File(args[1]);
        Map<String, Object> result = new LinkedHashMap<>();
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            TimelinesAiComponent component = new TimelinesAiComponent();
            component.setBaseUrl(args[0]);
            component.setToken("benchmark-token-0123456789");
            component.setRateLimitEnabled(false);
            camel.addComponent("timelinesai", component);
            camel.start();
            long start = System.nanoTime();
            try {
                FileInfo info = camel.createProducerTemplate().requestBody(
                        "timelinesai:files/upload?fileName=large.bin&contentType=application/octet-stream"
                                + "&responseTimeout=600000", file, FileInfo.class);
                result.put("ok", true);
                result.put("serverCountedBytes", info.size());
            } catch (RuntimeException | OutOfMemoryError e) {
                result.put("ok", false);
                result.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            result.put("seconds", (System.nanoTime() - start) / 1e9);
        }
        result.put("fileBytes", file.length());
        result.putAll(HeapFacts.now());
        System.out.println(JvmFork.RESULT + JsonSupport.mapper().writeValueAsString(result));
    }
}
