package dev.seed.camel.timelinesai.benchmarks;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import java.nio.charset.StandardCharsets;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * A webhook load generator on loopback (Vert.x HTTP client on one event loop, keep-alive): posts {@code message:received:new}
 * deliveries, each with a new message uid, either open-loop at a fixed offered rate (latency counted from the
 * moment a delivery was due, so a slow server cannot hide its queue) or closed-loop with a fixed number in flight
 * (the server's capacity). Every run is bounded in count and time.
 */
final class WebhookLoad implements AutoCloseable {
    /** What one run measured; latencies of the deliveries answered 200, in milliseconds. */
    record Outcome(int offered, int ok, int failed, int unanswered, double seconds, double medianMillis,
                   double p99Millis, double maxMillis, Map<String, Integer> failures) {
        double deliveriesPerSecond() {
            return ok / seconds;
        }
    }

    /** A delivery not answered in this time counts as failed (TimelinesAI gives up after 5 s). */
    private static final long ANSWER_TIMEOUT_MILLIS = 10_000;
    private static final long ANSWER_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(ANSWER_TIMEOUT_MILLIS + 2_000);
    private static final String PAYLOAD = """
            {"event_type":"message:received:new","chat":{"full_name":"Maria Gonzalez",\
            "chat_url":"https://app.timelines.ai/chat/48213377/messages/","chat_id":48213377,"is_group":false,\
            "phone":"+34612345678"},"whatsapp_account":{"full_name":"Lena Fischer","email":"lena@northwind.example",\
            "phone":"+4915112345678"},"message":{"text":"Hello, is my order on its way?","direction":"received",\
            "origin":"WhatsApp","timestamp":"2026-09-14 16:10:02 +0200","received_timestamp":"2026-09-14 16:10:03 +0200",\
            "message_uid":"%s","sender":{"full_name":"Maria Gonzalez","phone":"+34612345678"},\
            "recipient":{"full_name":"Northwind Support","phone":"+4915112345678"}}}""";

    private final Vertx vertx;
    private final Context context;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final HttpClient client;

    WebhookLoad(int port, int connections) {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port)
                .setKeepAlive(true).setConnectTimeout(5000), new PoolOptions().setHttp1MaxSize(connections));
        context = vertx.getOrCreateContext();
    }

    /** A valid delivery with a fresh message uid. */
    static byte[] delivery() {
        return String.format(PAYLOAD, UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    /** Offers {@code rate} deliveries per second for {@code seconds} to {@code pathAndQuery}. */
    Outcome openLoop(String pathAndQuery, int rate, double seconds) throws InterruptedException {
        int count = Math.max(1, (int) Math.round(rate * seconds));
        byte[][] bodies = new byte[count][];
        for (int i = 0; i < count; i++) {
            bodies[i] = delivery();
        }
        long[] latency = new long[count];
        Arrays.fill(latency, -1);
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        CountDownLatch answered = new CountDownLatch(count);
        double gapNanos = 1e9 / rate;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i * gapNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            post(pathAndQuery, bodies[i], due, i, latency, failed, lastAnswer, answered::countDown);
        }
        answered.await(ANSWER_GRACE_NANOS, TimeUnit.NANOSECONDS);
        return outcome(count, latency, failed.get(), (int) answered.getCount(), lastAnswer.get() - start);
    }

    /** Keeps {@code inFlight} deliveries outstanding for {@code seconds}: how fast the server answers at most. */
    Outcome closedLoop(String pathAndQuery, int inFlight, double seconds) throws InterruptedException {
        int cap = 2_000_000;
        long[] latency = new long[cap];
        Arrays.fill(latency, -1);
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        CountDownLatch done = new CountDownLatch(inFlight);
        for (int lane = 0; lane < inFlight; lane++) {
            nextInLane(pathAndQuery, end, cap, issued, latency, failed, lastAnswer, done);
        }
        done.await((long) (seconds * 1e9) + ANSWER_GRACE_NANOS, TimeUnit.NANOSECONDS);
        int count = Math.min(issued.get(), cap);
        return outcome(count, Arrays.copyOf(latency, count), failed.get(), (int) done.getCount(),
                lastAnswer.get() - start);
    }

    private void nextInLane(String pathAndQuery, long end, int cap, AtomicInteger issued, long[] latency,
                            AtomicInteger failed, AtomicLong lastAnswer, CountDownLatch laneDone) {
        long now = System.nanoTime();
        int i = issued.getAndIncrement();
        if (now >= end || i >= cap) {
            issued.decrementAndGet();
            laneDone.countDown();
            return;
        }
        post(pathAndQuery, delivery(), now, i, latency, failed, lastAnswer,
                () -> nextInLane(pathAndQuery, end, cap, issued, latency, failed, lastAnswer, laneDone));
    }

    private void post(String pathAndQuery, byte[] body, long due, int i, long[] latency, AtomicInteger failed,
                      AtomicLong lastAnswer, Runnable onAnswer) {
        context.runOnContext(ignored -> client.request(new RequestOptions().setMethod(HttpMethod.POST)
                        .setURI(pathAndQuery).setIdleTimeout(ANSWER_TIMEOUT_MILLIS))
                .compose(request -> request.putHeader("Content-Type", "application/json").send(Buffer.buffer(body)))
                .compose(response -> response.body().map(b -> response.statusCode()))
                .onComplete(result -> {
                    long now = System.nanoTime();
                    if (result.succeeded() && result.result() == 200) {
                        latency[i] = now - due;
                    } else {
                        failed.incrementAndGet();
                        failures.merge(result.succeeded() ? "HTTP " + result.result()
                                : result.cause().getClass().getSimpleName(), 1, Integer::sum);
                    }
                    lastAnswer.accumulateAndGet(now, Math::max);
                    onAnswer.run();
                }));
    }

    private Outcome outcome(int offered, long[] latency, int failed, int unanswered, long elapsedNanos) {
        long[] ok = Arrays.stream(latency).filter(l -> l >= 0).sorted().toArray();
        double seconds = Math.max(elapsedNanos, 1) / 1e9;
        Map<String, Integer> reasons = new TreeMap<>(failures);
        failures.clear();
        return new Outcome(offered, ok.length, failed, unanswered, seconds, percentile(ok, 50), percentile(ok, 99),
                ok.length == 0 ? Double.NaN : ok[ok.length - 1] / 1e6, reasons);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }
}
