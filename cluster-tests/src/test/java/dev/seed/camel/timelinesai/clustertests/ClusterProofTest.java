package dev.seed.camel.timelinesai.clustertests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.seed.camel.timelinesai.simulator.Seeder;
import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.messaging.OutboundSend;
import dev.seed.camel.timelinesai.simulator.state.WebhookSubscription;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15's proof: three replicas in three JVMs ({@link ReplicaMain}) on one PostgreSQL and one simulator (rate
 * limit on, 30/s + 10; sends 100 ms apart per account), webhooks reaching them through a round-robin front.
 * Scenarios in order: webhook deliveries spread over the replicas with 10 % redelivered to another replica; the
 * leader killed with {@code kill -9} while the poll mode runs, then restarted; a broadcast of 300 messages over 4
 * accounts queued on all three; a redelivery to another replica while the first still processes the event and then
 * fails. Prints one {@code CLUSTER SUMMARY} line with the counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterProofTest {
    private static final String SECRET = "cluster-proof-webhook-secret-0123456789";
    private static final int REPLICAS = 3;
    private static final int WEBHOOK_EVENTS = 60;
    private static final int FAILOVER_EVENTS = 60;
    private static final int BROADCAST_PER_ACCOUNT_PER_REPLICA = 25;
    private static final long PACE_MILLIS = 200;
    private static final String FOURTH_ACCOUNT = "+14155550199";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Object> SUMMARY = Collections.synchronizedMap(new LinkedHashMap<>());
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static ClusterDatabase database;
    private static TimelinesAiSimulator simulator;
    private static RoundRobinFront front;
    private static final List<ReplicaProcess> replicas = new ArrayList<>();
    private static final List<String> webhookUids = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> failoverUids = Collections.synchronizedList(new ArrayList<>());
    private static Thread killer;
    private static Path clusterRoot;

    @BeforeAll
    static void startCluster() throws Exception {
        database = ClusterDatabase.start();
        database.execute(ProofTables.PROCESSED, ProofTables.HOLDS);
        ReplicaStores.createSchema(database.dataSource());
        simulator = TimelinesAiSimulator.start(SimulatorOptions.builder()
                .sendInterval(Duration.ofMillis(100)).sendJitter(Duration.ZERO)
                .webhookBackoff(Duration.ofMillis(300)).rateLimitEnabled(true).rateLimit(30, 10).build());
        simulator.state().addAccount(new WhatsAppAccount(FOURTH_ACCOUNT, "Acme Fourth", "Owner", "fourth@acme.example",
                simulator.state().now()));
        List<Integer> ports = freePorts(REPLICAS + 1);
        front = new RoundRobinFront(ports.get(REPLICAS), REPLICAS, i -> replicas.get(i).port());
        clusterRoot = Files.createTempDirectory("cluster-proof-locks");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(ReplicaMain.BASE_URL, simulator.baseUrl());
        settings.put(ReplicaMain.TOKEN, simulator.token());
        settings.put(ReplicaMain.PG_URL, database.url());
        settings.put(ReplicaMain.PG_USER, database.user());
        settings.put(ReplicaMain.PG_PASSWORD, database.password());
        settings.put(ReplicaMain.CLUSTER_ROOT, clusterRoot.toString());
        settings.put(ReplicaMain.SECRET, SECRET);
        settings.put(ReplicaMain.FRONT_URL, front.url());
        settings.put(ReplicaMain.PACE_MS, String.valueOf(PACE_MILLIS));
        settings.put(ReplicaMain.POLL_MS, "500");
        for (int i = 0; i < REPLICAS; i++) {
            replicas.add(new ReplicaProcess("r" + (i + 1), ports.get(i), settings));
        }
        killer = new Thread(() -> replicas.forEach(r -> {
            try {
                r.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "kill-replicas");
        Runtime.getRuntime().addShutdownHook(killer);
        for (ReplicaProcess replica : replicas) {
            replica.start();
        }
        await("one leader among the replicas").atMost(Duration.ofSeconds(60))
                .until(() -> leaders().size() == 1);
        await("the leader's subscriptions at the simulator").atMost(Duration.ofSeconds(60))
                .until(() -> !frontSubscriptions().isEmpty());
        SUMMARY.put("database", database.origin());
        SUMMARY.put("replicas", REPLICAS);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        try {
            System.out.println("CLUSTER SUMMARY " + SUMMARY.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        } finally {
            for (ReplicaProcess replica : replicas) {
                replica.kill();
            }
            if (killer != null) {
                Runtime.getRuntime().removeShutdownHook(killer);
            }
            if (front != null) {
                front.close();
            }
            if (simulator != null) {
                simulator.close();
            }
            if (database != null) {
                database.close();
            }
            if (clusterRoot != null) {
                try (var files = Files.list(clusterRoot)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(clusterRoot);
            }
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void webhookDeliveriesSpreadOverTheReplicasAreEachProcessedOnce() throws Exception {
        for (int i = 0; i < WEBHOOK_EVENTS; i++) {
            webhookUids.add(simulator.admin().injectInbound(Seeder.ACCOUNT_PHONES.get(i % 3), phone(1, i),
                    "Webhook " + i, "s1-" + i).messageUid());
        }
        awaitQuietly(Duration.ofSeconds(90), () -> processed("webhook", webhookUids).size() == WEBHOOK_EVENTS);

        // 10 % of the events delivered once more, to another replica than the one that took them
        int redelivered = 0;
        Map<Integer, Integer> redeliveryAnswers = new HashMap<>();
        for (int i = 0; i < WEBHOOK_EVENTS; i += 10) {
            RoundRobinFront.Forwarded first = acceptedDelivery(webhookUids.get(i));
            assertThat(first).as("the accepted delivery of event %d", i).isNotNull();
            ReplicaProcess other = replicas.get((first.replica() + 1) % REPLICAS);
            HttpResponse<String> answer = post(other.url() + first.pathAndQuery(), first.body());
            redeliveryAnswers.merge(answer.statusCode(), 1, Integer::sum);
            redelivered++;
        }
        Map<String, List<String>> rows = processed("webhook", webhookUids);
        Counts counts = Counts.of(webhookUids, rows, Set.of());
        Map<String, Long> perReplica = rows.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));

        SUMMARY.put("events", WEBHOOK_EVENTS);
        SUMMARY.put("processed_once", counts.once);
        SUMMARY.put("duplicates", counts.duplicates);
        SUMMARY.put("lost", counts.lost);
        SUMMARY.put("redelivered", redelivered);
        SUMMARY.put("per_replica", perReplica.toString().replace(" ", ""));
        assertThat(counts.duplicates).as("events processed twice across the cluster").isZero();
        assertThat(counts.lost).as("events never processed").isZero();
        assertThat(redeliveryAnswers.keySet()).as("answers to redeliveries of processed events").containsOnly(200);
        assertThat(perReplica).as("every replica took deliveries from the front").hasSize(REPLICAS);
    }

    @Test
    @Order(2)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theLeaderKilledMidRunLeavesSubscriptionsAndThePollResumesWithoutLossOrDoubles() throws Exception {
        Map<Long, Boolean> subscriptionsBefore = frontSubscriptions();
        assertThat(subscriptionsBefore).as("subscriptions at the front's URL").isNotEmpty().doesNotContainValue(false);
        int leader = leaders().get(0);
        ReplicaProcess victim = replicas.get(leader);

        // the first half before the kill, the second half from the kill on, while another replica takes over
        CountDownLatch killed = new CountDownLatch(1);
        Thread injector = new Thread(() -> {
            try {
                for (int i = 0; i < FAILOVER_EVENTS; i++) {
                    if (i == FAILOVER_EVENTS / 2) {
                        killed.await(2, TimeUnit.MINUTES);
                    }
                    failoverUids.add(simulator.admin().injectInbound(Seeder.ACCOUNT_PHONES.get(i % 3), phone(2, i),
                            "Failover " + i, "s2-" + i).messageUid());
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "failover-injector");
        injector.start();
        awaitQuietly(Duration.ofSeconds(60), () -> processed("poll", snapshot(failoverUids)).size() >= FAILOVER_EVENTS / 4);
        int pollBeforeKill = processed("poll", snapshot(failoverUids)).size();
        Instant killedAt = Instant.now();
        victim.kill();
        killed.countDown();
        await("another replica leads").atMost(Duration.ofSeconds(60))
                .until(() -> leaders().stream().anyMatch(l -> l != leader));
        Map<Long, Boolean> subscriptionsAfterKill = frontSubscriptions();
        victim.start();
        injector.join(TimeUnit.MINUTES.toMillis(2));

        List<String> all = new ArrayList<>(webhookUids);
        all.addAll(failoverUids);
        awaitQuietly(Duration.ofSeconds(120), () -> processed("poll", all).size() == all.size());
        Map<Long, Boolean> subscriptionsAfterRestart = frontSubscriptions();

        Map<String, List<String>> pollRows = processed("poll", all);
        Set<String> tolerated = killTolerated(pollRows, victim.name());
        Counts poll = Counts.of(all, pollRows, tolerated);
        long resumed = failoverUids.stream()
                .filter(uid -> pollRows.getOrDefault(uid, List.of()).stream().anyMatch(r -> !r.equals(victim.name())))
                .count();
        long resumedAfterKill = processedAfter("poll", failoverUids, killedAt);
        Counts webhook = Counts.of(failoverUids, processed("webhook", failoverUids),
                killTolerated(processed("webhook", failoverUids), victim.name()));

        SUMMARY.put("poll_events", all.size());
        SUMMARY.put("poll_once", poll.once);
        SUMMARY.put("poll_duplicates", poll.duplicates);
        SUMMARY.put("poll_lost", poll.lost);
        SUMMARY.put("kill9_leader", victim.name());
        SUMMARY.put("kill9_poll_before", pollBeforeKill);
        SUMMARY.put("kill9_resumed", resumedAfterKill);
        SUMMARY.put("kill9_reprocessed_tolerated", poll.tolerated + webhook.tolerated);
        SUMMARY.put("kill9_webhook_once", webhook.once);
        SUMMARY.put("kill9_webhook_lost", webhook.lost);
        SUMMARY.put("subscriptions", subscriptionsAfterRestart.size() + "/" + subscriptionsBefore.size());
        assertThat(subscriptionsAfterKill).as("subscriptions after the leader's kill -9").isEqualTo(subscriptionsBefore);
        assertThat(subscriptionsAfterRestart).as("subscriptions after the restart").isEqualTo(subscriptionsBefore);
        assertThat(poll.lost).as("poll events never processed").isZero();
        assertThat(poll.duplicates).as("poll events processed twice (beyond the kill -9 tolerance)").isZero();
        assertThat(resumed).as("poll events processed by a replica that was not killed").isPositive();
        assertThat(resumedAfterKill).as("poll events processed after the kill").isPositive();
        assertThat(webhook.duplicates).as("webhook events processed twice during the failover").isZero();
    }

    @Test
    @Order(3)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aBroadcastQueuedOnAllReplicasKeepsTheBudgetAndEachAccountsPace() throws Exception {
        List<String> accounts = new ArrayList<>(Seeder.ACCOUNT_PHONES);
        accounts.add(FOURTH_ACCOUNT);
        long tooManyBefore = simulator.traffic().tooManyRequests();
        int total = REPLICAS * accounts.size() * BROADCAST_PER_ACCOUNT_PER_REPLICA;
        List<CompletableFuture<HttpResponse<String>>> queued = new ArrayList<>();
        try (RequestRateSampler rate = new RequestRateSampler(() -> simulator.traffic().requests())) {
            for (int r = 0; r < REPLICAS; r++) {
                StringBuilder lines = new StringBuilder();
                for (int seq = 0; seq < BROADCAST_PER_ACCOUNT_PER_REPLICA; seq++) {
                    for (int a = 0; a < accounts.size(); a++) {
                        lines.append(accounts.get(a)).append('|').append(String.format("+1555%d%d%05d", r + 1, a, seq))
                                .append('|').append("bc r").append(r + 1).append(" a").append(a).append(' ').append(seq)
                                .append('\n');
                    }
                }
                queued.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(replicas.get(r).url() + "/broadcast"))
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(lines.toString()))
                        .build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> answer : queued) {
                assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).as("broadcast queued").isEqualTo(200);
            }
            awaitQuietly(Duration.ofSeconds(180), () -> broadcastSends().size() >= total);
            SUMMARY.put("max_rate", rate.maxPerSecond());
            SUMMARY.put("avg_rate", String.format("%.1f", rate.averagePerSecond()));
        }
        List<OutboundSend> sends = broadcastSends();
        Set<String> texts = new HashSet<>();
        long doubled = sends.stream().filter(s -> !texts.add(s.message().text())).count();
        long lost = total - texts.size();
        Map<String, List<OutboundSend>> byAccount = sends.stream()
                .collect(Collectors.groupingBy(s -> s.account().phone(), LinkedHashMap::new, Collectors.toList()));
        long minGapMillis = Long.MAX_VALUE;
        long gapsUnderInterval = 0;
        double fastestAccountSpacing = Double.MAX_VALUE;
        List<Long> gaps = new ArrayList<>();
        boolean orderOk = true;
        for (List<OutboundSend> ofAccount : byAccount.values()) {
            long span = Duration.between(ofAccount.get(0).message().timestamp(),
                    ofAccount.get(ofAccount.size() - 1).message().timestamp()).toMillis();
            fastestAccountSpacing = Math.min(fastestAccountSpacing, span / (double) (ofAccount.size() - 1));
            Map<String, Integer> lastSeq = new HashMap<>();
            for (int i = 0; i < ofAccount.size(); i++) {
                String[] parts = ofAccount.get(i).message().text().split(" ");
                int seq = Integer.parseInt(parts[3]);
                Integer previous = lastSeq.put(parts[1], seq);
                if (previous != null && previous >= seq) {
                    orderOk = false;
                }
                if (i > 0) {
                    long gap = Duration.between(ofAccount.get(i - 1).message().timestamp(),
                            ofAccount.get(i).message().timestamp()).toMillis();
                    minGapMillis = Math.min(minGapMillis, gap);
                    gaps.add(gap);
                    if (gap < PACE_MILLIS) {
                        gapsUnderInterval++;
                    }
                }
            }
        }
        Instant first = sends.stream().map(s -> s.message().timestamp()).min(Instant::compareTo).orElseThrow();
        Instant last = sends.stream().map(s -> s.message().timestamp()).max(Instant::compareTo).orElseThrow();
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        double ideal = (double) (total / accounts.size() - 1) * PACE_MILLIS / 1000.0;
        long http429 = simulator.traffic().tooManyRequests() - tooManyBefore;

        SUMMARY.put("sends", sends.size());
        SUMMARY.put("sends_lost", lost);
        SUMMARY.put("sends_doubled", doubled);
        SUMMARY.put("http429", http429);
        SUMMARY.put("http429_run", simulator.traffic().tooManyRequests());
        SUMMARY.put("min_gap_ms", minGapMillis);
        SUMMARY.put("gaps_under_interval", gapsUnderInterval + "/" + gaps.size());
        Collections.sort(gaps);
        SUMMARY.put("gap_p10_median_ms", gaps.get(gaps.size() / 10) + "/" + gaps.get(gaps.size() / 2));
        SUMMARY.put("account_spacing_ms", String.format("%.0f", fastestAccountSpacing));
        SUMMARY.put("order_ok", orderOk);
        SUMMARY.put("broadcast_s", String.format("%.1f", seconds));
        SUMMARY.put("sends_per_s", String.format("%.1f", sends.size() / seconds));
        SUMMARY.put("pacing_efficiency", String.format("%.2f", ideal / seconds));
        assertThat(lost).as("broadcast messages never sent").isZero();
        assertThat(doubled).as("broadcast messages sent twice").isZero();
        assertThat(http429).as("429 answers during the broadcast").isZero();
        assertThat(simulator.traffic().tooManyRequests()).as("429 answers in the whole run").isZero();
        assertThat(byAccount).as("accounts that sent").hasSize(accounts.size());
        assertThat(orderOk).as("each replica's queue order kept per account").isTrue();
        // one account has one send turn at a time across the replicas, and its next turn starts the pace after the
        // previous send was answered (on the database's clock, which is this machine's, as the simulator's): each
        // send reaches the simulator at least the pace after the one before, whichever replicas sent them and
        // whatever delayed them on the way
        assertThat(gapsUnderInterval).as("sends of one account less than %d ms apart at the simulator (shortest: %d "
                + "ms)", PACE_MILLIS, minGapMillis).isZero();
        assertThat(fastestAccountSpacing).as("average ms between two sends of the fastest account")
                .isGreaterThanOrEqualTo(PACE_MILLIS);
        // a token bucket of capacity c refilled r/s lets at most c + r permits through in any second (11 + 30 here);
        // counted on arrival at the server, the permits of up to 0.45 s more may land in one second (their
        // requests' own delays on a loaded machine; 45 was seen): 55. The budget itself is the simulator's bucket
        // (30/s, 40 deep), which answers 429 when it is exceeded: none did, and the average holds the rate.
        assertThat((long) SUMMARY.get("max_rate")).as("most requests the simulator got in one second")
                .isLessThanOrEqualTo(55);
        // on average the bucket lets 30 a second through plus its 11 at the start: at most 30.8 over the 14.8 s or
        // more a paced broadcast takes; 31.5 leaves about 10 requests for the delays at both ends
        assertThat(Double.parseDouble((String) SUMMARY.get("avg_rate"))).as("requests a second over the broadcast")
                .isLessThanOrEqualTo(31.5);
    }

    @Test
    @Order(4)
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aRedeliveryToAnotherReplicaWhileTheFirstStillProcessesThenFailsIsProcessedOnce() throws Exception {
        ReplicaProcess first = replicas.get(0);
        ReplicaProcess second = replicas.get(1);
        ReplicaProcess third = replicas.get(2);
        RoundRobinFront.Forwarded template = acceptedDelivery(webhookUids.get(0));
        ObjectNode event = (ObjectNode) JSON.readTree(template.body());
        String uid = UUID.randomUUID().toString();
        ((ObjectNode) event.path("message")).put("message_uid", uid).put("text", ProofTables.HOLD_THEN_FAIL + first.name());
        String body = JSON.writeValueAsString(event);
        String path = template.pathAndQuery();

        CompletableFuture<HttpResponse<String>> held = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(first.url() + path))
                .timeout(Duration.ofSeconds(90)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        await("the first replica holds the event").atMost(Duration.ofSeconds(30)).until(() -> holdState(uid) != null);
        HttpResponse<String> whileHeld = post(second.url() + path, body);
        database.execute("UPDATE proof_holds SET state = 'release' WHERE message_uid = '" + uid + "'");
        HttpResponse<String> firstAnswer = held.get(60, TimeUnit.SECONDS);
        HttpResponse<String> retried = post(second.url() + path, body);
        HttpResponse<String> again = post(third.url() + path, body);
        Map<String, List<String>> rows = processed("webhook", List.of(uid));

        SUMMARY.put("inflight_redelivery", whileHeld.statusCode() + "/" + firstAnswer.statusCode() + "/"
                + retried.statusCode() + "/" + again.statusCode());
        SUMMARY.put("inflight_processed", rows.getOrDefault(uid, List.of()).size());
        assertThat(whileHeld.statusCode()).as("redelivery while the first replica still processes").isEqualTo(503);
        assertThat(whileHeld.headers().firstValue("Retry-After")).as("Retry-After of the 503").isPresent();
        assertThat(firstAnswer.statusCode()).as("the first replica's answer after its route failed").isGreaterThanOrEqualTo(500);
        assertThat(retried.statusCode()).as("the retry after the failure").isEqualTo(200);
        assertThat(again.statusCode()).as("one more redelivery, to a third replica").isEqualTo(200);
        assertThat(rows.get(uid)).as("replicas that processed the event").containsExactly(second.name());
    }

    @Test
    @Order(5)
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theSharedLimitersAddedLatencyIsMeasured() throws Exception {
        ReplicaStores.LimiterLatency latency;
        try (HikariDataSource pool = ReplicaMain.dataSource("latency-probe", database.url(), database.user(),
                database.password())) {
            latency = ReplicaStores.measureLimiterLatency(pool, 500);
        }
        SUMMARY.put("limiter_local_us", latency.localMicros());
        SUMMARY.put("limiter_shared_us", latency.sharedMicros());
        assertThat(latency.sharedMicros()).as("median microseconds of one permit from the shared limiter").isPositive();
    }

    @Test
    @Order(6)
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theLeaderStoppedGracefullyLeavesTheSubscriptionsToTheOthers() throws Exception {
        Map<Long, Boolean> before = frontSubscriptions();
        int leader = leaders().get(0);
        ReplicaProcess stopping = replicas.get(leader);
        stopping.stop();
        await("another replica leads after the graceful stop").atMost(Duration.ofSeconds(60))
                .until(() -> leaders().stream().anyMatch(l -> l != leader));
        Map<Long, Boolean> after = frontSubscriptions();
        SUMMARY.put("graceful_stop_subscriptions", after.size() + "/" + before.size());
        assertThat(after).as("subscriptions after the leader %s stopped", stopping.name()).isEqualTo(before);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Counts over expected uids: once, more than once (not tolerated), tolerated, never. */
    private record Counts(long once, long duplicates, long tolerated, long lost) {
        static Counts of(List<String> expected, Map<String, List<String>> rows, Set<String> tolerated) {
            long once = 0, duplicates = 0, toleratedCount = 0, lost = 0;
            for (String uid : new HashSet<>(expected)) {
                int n = rows.getOrDefault(uid, List.of()).size();
                if (n == 0) {
                    lost++;
                } else if (n == 1) {
                    once++;
                } else if (tolerated.contains(uid)) {
                    toleratedCount++;
                } else {
                    duplicates++;
                }
            }
            return new Counts(once, duplicates, toleratedCount, lost);
        }
    }

    /**
     * Events processed twice where one processing was by the replica killed with {@code kill -9}: it may have
     * processed the event and died before confirming its claim, so another replica took it over once the claim
     * expired. Counted apart, never hidden.
     */
    private static Set<String> killTolerated(Map<String, List<String>> rows, String killed) {
        return rows.entrySet().stream()
                .filter(e -> e.getValue().size() == 2 && e.getValue().contains(killed)
                        && e.getValue().stream().anyMatch(r -> !r.equals(killed)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static List<String> snapshot(List<String> list) {
        synchronized (list) {
            return new ArrayList<>(list);
        }
    }

    private static String phone(int scenario, int i) {
        return String.format("+1666%d%06d", scenario, i);
    }

    /** The replicas (indexes) that say they lead the events namespace. */
    private static List<Integer> leaders() {
        List<Integer> leaders = new ArrayList<>();
        for (int i = 0; i < replicas.size(); i++) {
            ReplicaProcess replica = replicas.get(i);
            if (!replica.isAlive()) {
                continue;
            }
            try {
                HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(URI.create(replica.url() + "/status"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (status.body().equals("leader")) {
                    leaders.add(i);
                }
            } catch (IOException e) {
                // not serving (yet): not a leader
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return leaders;
    }

    /** Subscriptions at the simulator that deliver to the front: id and whether enabled. */
    private static Map<Long, Boolean> frontSubscriptions() {
        Map<Long, Boolean> subscriptions = new LinkedHashMap<>();
        for (WebhookSubscription s : simulator.state().webhooks()) {
            if (s.url().startsWith(front.url())) {
                subscriptions.put(s.id(), s.enabled());
            }
        }
        return subscriptions;
    }

    /** The delivery of the event the front forwarded and a replica answered with 2xx. */
    private static RoundRobinFront.Forwarded acceptedDelivery(String uid) {
        for (RoundRobinFront.Forwarded f : front.forwarded()) {
            if (f.status() / 100 == 2 && f.body().contains("\"" + uid + "\"")) {
                return f;
            }
        }
        return null;
    }

    private static List<OutboundSend> broadcastSends() {
        return simulator.messaging().outbox().accepted().stream()
                .filter(s -> s.message().text() != null && s.message().text().startsWith("bc r"))
                .sorted((a, b) -> a.message().timestamp().compareTo(b.message().timestamp()))
                .toList();
    }

    /** For each of {@code uids} processed by {@code route}: the replicas that processed it, one entry per time. */
    private static Map<String, List<String>> processed(String route, List<String> uids) throws SQLException {
        Set<String> wanted = new HashSet<>(uids);
        Map<String, List<String>> rows = new HashMap<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT message_uid, replica FROM proof_processed WHERE route = ? ORDER BY id")) {
            select.setString(1, route);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (wanted.contains(rs.getString(1))) {
                        rows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        }
        return rows;
    }

    private static long processedAfter(String route, List<String> uids, Instant after) throws SQLException {
        Set<String> wanted = new HashSet<>(uids);
        long count = 0;
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT message_uid FROM proof_processed WHERE route = ? AND at > ?")) {
            select.setString(1, route);
            select.setTimestamp(2, java.sql.Timestamp.from(after));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (wanted.contains(rs.getString(1))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static String holdState(String uid) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT state FROM proof_holds WHERE message_uid = ?")) {
            select.setString(1, uid);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for {@code condition} up to {@code atMost}; a timeout is not a failure here, the counts that follow tell. */
    private static void awaitQuietly(Duration atMost, Callable<Boolean> condition) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(condition);
        } catch (ConditionTimeoutException e) {
            System.out.println("Waited " + atMost + " in vain: " + e.getMessage());
        }
    }

    private static List<Integer> freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
