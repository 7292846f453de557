package dev.seed.camel.timelinesai.benchmarks;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Benchmark 4: a 200 MB upload through {@code timelinesai:files/upload} from a child JVM limited to
 * {@code -Xmx128m} to a local server (in this JVM) that counts the bytes without keeping them; and webhook ingest
 * at the highest sustained rate into the {@code timelinesai:events} consumer (de-duplication on) in a child JVM
 * limited to {@code -Xmx128m}.
 */
final class MemorySection {
    static final String HEAP = "-Xmx128m";

    private MemorySection() {
    }

    static void run(Report report, Path work, CannedResponses canned, int ingestRate, boolean quick) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        long size = quick ? 20L * 1024 * 1024 : 200L * 1024 * 1024;
        Path file = work.resolve("upload-" + size + ".bin");
        Files.createDirectories(work);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size); // sparse: the bytes are zeros, nothing is written to disk
        }
        JsonNode upload;
        long counted;
        try (CannedApiServer server = CannedApiServer.start(canned, 2);
             JvmFork child = JvmFork.start(List.of(HEAP), UploadChild.class, server.baseUrl(), file.toString())) {
            upload = child.finish(600);
            counted = server.largestBody();
        } finally {
            Files.deleteIfExists(file);
        }
        boolean uploadOk = upload.path("ok").asBoolean() && counted >= size;
        Map<String, Object> up = new LinkedHashMap<>();
        up.put("run", String.format(Locale.ROOT, "files/upload of %d MiB", size / 1024 / 1024));
        up.put("child heap", HEAP);
        up.put("result", upload.path("ok").asBoolean() ? "ok" : upload.path("error").asText());
        up.put("work", String.format(Locale.ROOT, "server read %.1f MiB (multipart) in %.1f s", counted / 1048576.0,
                upload.path("seconds").asDouble()));
        up.put("peak heap MiB", upload.path("peakHeapPoolsMiB").asDouble());
        up.put("heap after GC MiB", upload.path("usedHeapAfterGcMiB").asDouble());
        rows.add(up);
        report.goal("4. Memory", String.format(Locale.ROOT, "%d MiB upload streamed with %s", size / 1024 / 1024, HEAP),
                uploadOk ? String.format(Locale.ROOT, "uploaded, peak heap %.1f MiB", upload.path("peakHeapPoolsMiB")
                        .asDouble()) : "failed: " + upload.path("error").asText("server counted " + counted + " bytes"),
                uploadOk);

        int port = WebhookIngestSection.freePort();
        int rate = ingestRate > 0 ? ingestRate : 100;
        double seconds = quick ? 1 : 10;
        WebhookLoad.Outcome outcome;
        JsonNode ingest;
        try (JvmFork child = JvmFork.start(List.of(HEAP), IngestChild.class, Integer.toString(port))) {
            child.awaitReady();
            try (WebhookLoad load = new WebhookLoad(port, 64)) {
                load.openLoop(IngestRoutes.COMPONENT_DEDUP + "?secret=" + IngestRoutes.SECRET, 1000, quick ? 0.5 : 2);
                outcome = load.openLoop(IngestRoutes.COMPONENT_DEDUP + "?secret=" + IngestRoutes.SECRET, rate, seconds);
            }
            ingest = child.finish(60);
        }
        boolean ingestOk = WebhookIngestSection.sustained(outcome, rate);
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("run", String.format(Locale.ROOT, "timelinesai:events, de-dup on, %d/s offered for %.0f s", rate, seconds));
        in.put("child heap", HEAP);
        in.put("result", ingestOk ? "sustained" : "not sustained");
        in.put("work", String.format(Locale.ROOT, "%d answered 200, %d failed, %.0f/s, ack p99 %.1f ms; %d GCs, %d ms",
                outcome.ok(), outcome.failed() + outcome.unanswered(), outcome.deliveriesPerSecond(),
                outcome.p99Millis(), ingest.path("gcCount").asLong(), ingest.path("gcMillis").asLong()));
        in.put("peak heap MiB", ingest.path("peakHeapPoolsMiB").asDouble());
        in.put("heap after GC MiB", ingest.path("usedHeapAfterGcMiB").asDouble());
        rows.add(in);
        report.goal("4. Memory", "webhook ingest at the highest sustained rate with " + HEAP,
                String.format(Locale.ROOT, "%.0f/s of %d/s offered, p99 %.1f ms, peak heap %.1f MiB",
                        outcome.deliveriesPerSecond(), rate, outcome.p99Millis(),
                        ingest.path("peakHeapPoolsMiB").asDouble()), ingestOk);
        report.table("memory", "4. Memory (child JVMs with a bounded heap)",
                "Peak heap = sum of the heap pools' peak usage in the child since its start (includes garbage not yet "
                        + "collected); heap after GC = live heap at the end. The upload file is sparse (zeros), the "
                        + "server reads and counts the multipart body without keeping it.",
                List.of("run", "child heap", "result", "work", "peak heap MiB", "heap after GC MiB"), rows);
    }
}
