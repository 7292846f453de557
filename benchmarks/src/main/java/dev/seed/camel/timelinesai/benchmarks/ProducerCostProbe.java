package dev.seed.camel.timelinesai.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.ThreadMXBean;
import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * A profiling aid, not part of the suite: the three {@code messages/send} clients of benchmark 1 (component, Apache
 * HttpClient 5 + Jackson by hand, camel-http route) against {@link CannedApiServer} in one JVM, in short phases
 * that take turns (rotating the order every round), so that a load spike from other work on a shared machine
 * hits all three alike. Per client and number of callers it prints the median over the rounds of calls per
 * second, and the callers' own CPU time and heap allocation per call (thread counters, so independent of load).
 * Arguments: the canned responses file (as the suite writes it), callers (e.g. {@code 1,8,64}), rounds, phase
 * milliseconds.
 */
public final class ProducerCostProbe {
    private static final String TOKEN = "benchmark-token-0123456789";

    private ProducerCostProbe() {
    }

    /** The figures of one phase of one client. */
    private record Phase(double opsPerSecond, double cpuMicrosPerCall, double bytesPerCall) {
    }

    public static void main(String[] args) throws Exception {
        CannedResponses canned = CannedResponses.load(Path.of(args[0]));
        int[] callers = java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(args[2]);
        long phaseMillis = Long.parseLong(args[3]);
        try (CannedApiServer server = CannedApiServer.start(canned, 8);
             CloseableHttpClient apache = pooledClient();
             CloseableHttpClient componentClient = pooledClient();
             CamelContext camel = new DefaultCamelContext()) {
            String base = server.baseUrl();
            TimelinesAiComponent component = new TimelinesAiComponent();
            component.setBaseUrl(base);
            component.setToken(TOKEN);
            component.setRateLimitEnabled(false);
            component.setHttpClient(componentClient);
            camel.addComponent("timelinesai", component);
            CamelHttpSendRoute.addTo(camel, base, canned.chatId(), TOKEN, ProducerOverheadBenchmark.POOL);
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            ObjectMapper mapper = JsonSupport.mapper();
            String target = base + "/chats/" + canned.chatId() + "/messages";
            Endpoint route = camel.getEndpoint(CamelHttpSendRoute.ENDPOINT);
            for (int threads : callers) {
                Endpoint send = camel.getEndpoint("timelinesai:messages/send?chatId=" + canned.chatId()
                        + "&workerPoolSize=" + Math.max(ProducerOverheadBenchmark.DEFAULT_WORKERS, threads));
                Map<String, Callable<String>> clients = new LinkedHashMap<>();
                clients.put("component", () -> template.requestBody(send, "Benchmark message", String.class));
                clients.put("apache", () -> {
                    HttpPost post = new HttpPost(target);
                    post.addHeader("Authorization", "Bearer " + TOKEN);
                    post.addHeader("Accept", "application/json");
                    post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(mapper.createObjectNode()
                            .put("text", "Benchmark message")), ContentType.APPLICATION_JSON));
                    return apache.execute(post, r -> mapper.readTree(EntityUtils.toByteArray(r.getEntity()))
                            .path("data").path("message_uid").asText(null));
                });
                clients.put("camel-http route", () -> template.requestBody(route, "Benchmark message", String.class));
                Map<String, List<Phase>> phases = new LinkedHashMap<>();
                List<String> order = new ArrayList<>(clients.keySet());
                for (int round = 0; round <= rounds; round++) {
                    for (String name : order) {
                        Phase phase = phase(clients.get(name), threads, phaseMillis);
                        if (round > 0) {
                            phases.computeIfAbsent(name, n -> new ArrayList<>()).add(phase);
                        }
                    }
                    Collections.rotate(order, 1);
                }
                phases.forEach((name, list) -> System.out.printf(Locale.ROOT,
                        "callers %3d  %-17s %8.0f calls/s  %7.1f µs CPU/call  %7.0f B/call  (median of %d phases)%n",
                        threads, name, median(list, Phase::opsPerSecond), median(list, Phase::cpuMicrosPerCall),
                        median(list, Phase::bytesPerCall), list.size()));
            }
        }
        System.exit(0);
    }

    private static Phase phase(Callable<String> call, int threads, long millis) throws InterruptedException {
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        AtomicLong calls = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        long[] window = new long[2];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    long id = Thread.currentThread().getId();
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    long bytes0 = mx.getThreadAllocatedBytes(id);
                    long n = 0;
                    while (System.nanoTime() < window[1]) {
                        if (call.call() == null) {
                            throw new IllegalStateException("no message uid");
                        }
                        n++;
                    }
                    calls.addAndGet(n);
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                    bytes.addAndGet(mx.getThreadAllocatedBytes(id) - bytes0);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
            workers.add(worker);
            worker.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + millis * 1_000_000;
        start.countDown();
        done.await();
        long elapsed = System.nanoTime() - window[0];
        long n = Math.max(1, calls.get());
        return new Phase(n * 1e9 / elapsed, cpu.get() / 1e3 / n, (double) bytes.get() / n);
    }

    private static double median(List<Phase> phases, java.util.function.ToDoubleFunction<Phase> figure) {
        double[] values = phases.stream().mapToDouble(figure).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static CloseableHttpClient pooledClient() {
        return HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(ProducerOverheadBenchmark.POOL).setMaxConnPerRoute(ProducerOverheadBenchmark.POOL)
                .build()).build();
    }
}
