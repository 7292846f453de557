package dev.seed.camel.timelinesai.cluster;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.consumer.TimelinesAiWebhookConsumer;
import dev.seed.camel.timelinesai.health.TimelinesAiHealth;
import dev.seed.camel.timelinesai.model.WebhookInfo;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import dev.seed.camel.timelinesai.testsupport.MemoryClaimingRepository;
import dev.seed.camel.timelinesai.testsupport.Replica;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of one webhook route (two CamelContexts, each with a file-lock cluster service on one shared folder)
 * against one simulator: only the leader registers and repairs; a stopping leader leaves the subscriptions and the
 * other takes over; with a shared claiming repository a delivery reaching either replica is processed once, and a
 * redelivery that arrives while the first is still processed elsewhere gets 503 until the first fails.
 */
class ClusterWebhookTest {
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create().resetBeforeEach();

    private static final String SECRET = "cluster-s3cr3t-0123456789";
    /** The one public URL of the replicas (their load balancer); deliveries are posted to each replica here. */
    private static final String EXTERNAL = "http://replicas.example:8080";
    private static final String TYPES = "message:received:new,chat:new";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path clusterRoot;
    private final List<Replica> replicas = new ArrayList<>();
    private CamelContext admin;
    private ProducerTemplate api;
    /** Message uids the routes processed, with the replica that processed each. */
    private final List<String> processed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startAdmin() {
        admin = new DefaultCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl(SIMULATOR.baseUrl());
        component.setToken(SIMULATOR.token());
        admin.addComponent("timelinesai", component);
        admin.start();
        api = admin.createProducerTemplate();
    }

    @AfterEach
    void stopAll() throws Exception {
        replicas.forEach(Replica::close);
        admin.close();
    }

    private static String uri(String extra) {
        return uri("/hook", extra);
    }

    private static String uri(String path, String extra) {
        return "timelinesai:events?eventTypes=" + TYPES + "&webhookPath=" + path + "&webhookExternalUrl=" + EXTERNAL
                + "&webhookSecret={{hook.secret}}&healthCheckInterval=300" + extra;
    }

    private void delete(long id) {
        api.requestBody("timelinesai:webhooks/delete?webhookId=" + id, (Object) null);
    }

    private Replica replica(String name) throws Exception {
        Replica replica = new Replica(name, SIMULATOR.baseUrl(), SIMULATOR.token(), SECRET, clusterRoot);
        replicas.add(replica);
        return replica;
    }

    /** A replica whose route records the message uid of each event it processes. */
    private Replica recording(String name, String uri) throws Exception {
        return replica(name).start(uri, e -> processed.add(name + ":" + uid(e)));
    }

    private static String uid(Exchange exchange) {
        return exchange.getMessage().getHeader(TimelinesAiConstants.MESSAGE_UID, String.class);
    }

    @SuppressWarnings("unchecked")
    private List<WebhookInfo> subscriptions() {
        return api.requestBody("timelinesai:webhooks/list", null, List.class);
    }

    private static List<Long> ids(List<WebhookInfo> subscriptions) {
        return subscriptions.stream().map(WebhookInfo::id).sorted().toList();
    }

    private static TimelinesAiWebhookConsumer webhook(Replica replica) {
        return (TimelinesAiWebhookConsumer) replica.consumer();
    }

    private static Map<String, Object> health(Replica replica) {
        HealthCheck check = ((HealthCheckAware) replica.consumer()).getHealthCheck();
        return check.call().getDetails();
    }

    static String message(String uid) {
        return """
                {"event_type":"message:received:new","chat":{"full_name":"Maria","chat_url":"u","chat_id":48213377,
                 "is_group":false,"phone":"+34612345678"},
                 "whatsapp_account":{"full_name":"Lena","email":"lena@x.example","phone":"+4915112345678"},
                 "message":{"text":"hola","direction":"received","origin":"WhatsApp",
                 "timestamp":"2026-09-14 16:10:02 +0200","message_uid":"%s",
                 "sender":{"full_name":"Maria","phone":"+34612345678"},
                 "recipient":{"full_name":"N","phone":"+4915112345678"}}}""".formatted(uid);
    }

    private static String hook() {
        return "/hook?secret=" + SECRET;
    }

    @Test
    void onlyTheLeaderRegistersAndTheSubscriptionsOutliveItsStopUntilTheNextLeaderTakesOver() throws Exception {
        // repairing off: only the registration of a new leader can bring back what a teammate deletes
        Replica a = recording("a", uri("&webhookRepair=false"));
        await().atMost(WAIT).until(a::isLeader);
        await().atMost(WAIT).until(() -> subscriptions().size() == 2);
        Replica b = recording("b", uri("&webhookRepair=false"));

        List<Long> registered = ids(subscriptions());
        assertThat(webhook(a).getCreatedSubscriptions()).containsExactlyInAnyOrderElementsOf(registered);
        assertThat(b.isLeader()).isFalse();
        assertThat(webhook(b).getCreatedSubscriptions()).as("a follower registers nothing").isEmpty();
        assertThat(health(a)).containsEntry("timelinesai.cluster.leader", true)
                .containsEntry("timelinesai.cluster.namespace", "timelinesai-events");
        assertThat(health(b)).containsEntry("timelinesai.cluster.leader", false);
        assertThat(b.post(hook(), message("uid-served-by-b")).statusCode()).as("every replica serves").isEqualTo(200);

        delete(registered.get(0));
        a.close();
        assertThat(ids(subscriptions())).as("the stopping leader deleted nothing").contains(registered.get(1));

        await().atMost(WAIT).until(b::isLeader);
        await().atMost(WAIT).until(() -> subscriptions().size() == 2);
        assertThat(ids(subscriptions())).contains(registered.get(1));
        assertThat(subscriptions()).allMatch(WebhookInfo::enabled);
        assertThat(webhook(b).getCreatedSubscriptions()).as("the new leader created only the missing one")
                .hasSize(1).doesNotContain(registered.get(1));
        assertThat(health(b)).containsEntry("timelinesai.cluster.leader", true);

        b.close();
        assertThat(subscriptions()).as("the last replica leaves them too: they outlive any stop").hasSize(2);
    }

    @Test
    void onlyTheLeaderRepairsADeletedSubscription() throws Exception {
        Replica a = recording("a", uri(""));
        await().atMost(WAIT).until(a::isLeader);
        await().atMost(WAIT).until(() -> subscriptions().size() == 2);
        Replica b = recording("b", uri(""));
        // both replicas read the subscriptions in the background
        await().atMost(WAIT).until(() -> TimelinesAiHealth.watchOf(b.endpoint()) != null
                && TimelinesAiHealth.watchOf(b.endpoint()).last() != null);

        List<Long> before = ids(subscriptions());
        // the leader's watch may have created some at start, racing its registration: count from here
        long repairs = TimelinesAiHealth.watchOf(a.endpoint()).getRepairs();
        delete(before.get(0));
        await().atMost(WAIT).until(() -> TimelinesAiHealth.watchOf(a.endpoint()).getRepairs() == repairs + 1);
        assertThat(subscriptions()).hasSize(2).allMatch(WebhookInfo::enabled);
        // a later reading of b's watch sees the repaired set; b repaired nothing itself
        await().atMost(WAIT).until(() -> TimelinesAiHealth.watchOf(b.endpoint()).last().subscriptions().stream()
                .allMatch(s -> s.present() && s.enabled()));
        assertThat(TimelinesAiHealth.watchOf(a.endpoint()).getRepairs()).isEqualTo(repairs + 1);
        assertThat(TimelinesAiHealth.watchOf(b.endpoint()).getRepairs()).isZero();
    }

    @Test
    void aDeliveryReachingEitherReplicaIsProcessedOnce() throws Exception {
        MemoryClaimingRepository.Store claims = new MemoryClaimingRepository.Store(60_000);
        Replica a = replica("a").bind("claims", claims.replica("a"));
        Replica b = replica("b").bind("claims", claims.replica("b"));
        a.start(uri("&idempotentRepository=#claims"), e -> processed.add("a:" + uid(e)));
        b.start(uri("&idempotentRepository=#claims"), e -> processed.add("b:" + uid(e)));

        List<String> uids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String uid = "uid-" + i;
            uids.add(uid);
            Replica first = i % 2 == 0 ? a : b;
            Replica other = first == a ? b : a;
            assertThat(first.post(hook(), message(uid)).statusCode()).isEqualTo(200);
            HttpResponse<String> again = other.post(hook(), message(uid));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("duplicate");
        }
        assertThat(processed).hasSize(10);
        assertThat(processed.stream().map(p -> p.substring(2)).toList()).containsExactlyInAnyOrderElementsOf(uids);
        assertThat(processed).filteredOn(p -> p.startsWith("a:")).hasSize(5);
    }

    @Test
    void aRedeliveryWhileTheFirstStillRunsElsewhereGets503AndIsProcessedOnceTheFirstFailed() throws Exception {
        MemoryClaimingRepository.Store claims = new MemoryClaimingRepository.Store(60_000);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Replica a = replica("a").bind("claims", claims.replica("a"));
        Replica b = replica("b").bind("claims", claims.replica("b"));
        a.start(uri("&idempotentRepository=#claims"), e -> {
            entered.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            throw new IllegalStateException("the database of replica a is down");
        });
        b.start(uri("&idempotentRepository=#claims"), e -> processed.add("b:" + uid(e)));

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> a.post(hook(), message("uid-slow")));
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> meanwhile = b.post(hook(), message("uid-slow"));
        assertThat(meanwhile.statusCode()).as("not a 2xx: the first may still fail").isEqualTo(503);
        assertThat(meanwhile.headers().firstValue("Retry-After")).isPresent();
        assertThat(processed).isEmpty();

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(500);
        assertThat(claims.claimHolder("message:received:new|uid-slow")).as("the failed claim is gone").isNull();
        HttpResponse<String> redelivery = b.post(hook(), message("uid-slow"));
        assertThat(redelivery.statusCode()).isEqualTo(200);
        assertThat(redelivery.body()).contains("processed");
        assertThat(processed).containsExactly("b:uid-slow");
        assertThat(a.post(hook(), message("uid-slow")).body()).contains("duplicate");
    }

    @Test
    void theClaimOfAReplicaThatDiedMidEventExpiresAndTheEventIsProcessedThen() throws Exception {
        MemoryClaimingRepository.Store claims = new MemoryClaimingRepository.Store(60_000);
        Replica a = replica("a").bind("claims", claims.replica("a"));
        a.start(uri("&idempotentRepository=#claims"), e -> processed.add("a:" + uid(e)));
        // replica "dead" claimed the event and was killed before it confirmed or removed the claim
        claims.replica("dead").claim("message:received:new|uid-orphan");

        assertThat(a.post(hook(), message("uid-orphan")).statusCode()).isEqualTo(503);
        claims.advance(60_000);
        assertThat(a.post(hook(), message("uid-orphan")).statusCode()).isEqualTo(200);
        assertThat(processed).containsExactly("a:uid-orphan");
        assertThat(claims.isDone("message:received:new|uid-orphan")).isTrue();
    }

    @Test
    void whenTheSharedRepositoryFailsTheDeliveryGets500AndNoExchange() throws Exception {
        MemoryClaimingRepository.Store claims = new MemoryClaimingRepository.Store(60_000);
        Replica a = replica("a").bind("claims", claims.replica("a"));
        a.start(uri("&idempotentRepository=#claims"), e -> processed.add("a:" + uid(e)));
        claims.failWith(new IllegalStateException("connection refused"));
        assertThat(a.post(hook(), message("uid-outage")).statusCode()).isEqualTo(500);
        assertThat(processed).isEmpty();
        claims.failWith(null);
        assertThat(a.post(hook(), message("uid-outage")).statusCode()).as("the redelivery").isEqualTo(200);
        assertThat(processed).containsExactly("a:uid-outage");
    }

    @Test
    void aClusterServiceGivenAsOptionIsStartedWithTheRouteAndLeadsIt() throws Exception {
        Replica replica = new Replica("option", SIMULATOR.baseUrl(), SIMULATOR.token(), SECRET, null)
                .bind("leaders", Replica.fileLockService("option", clusterRoot));
        replicas.add(replica);
        replica.start(uri("/option", "&clusterService=#leaders&clusterNamespace=shop-1.whatsapp"), e -> { });
        await().atMost(WAIT).until(replica::isLeader);
        await().atMost(WAIT).until(() -> subscriptions().size() == 2);
        assertThat(health(replica)).containsEntry("timelinesai.cluster.namespace", "shop-1.whatsapp");
        replica.close();
        assertThat(subscriptions()).as("with a cluster service a stop deletes nothing").hasSize(2);
    }

    @Test
    void aReplicaAloneStillDeletesWhatItCreatedUnlessUnregisterOnStopIsOff() throws Exception {
        Replica alone = new Replica("alone", SIMULATOR.baseUrl(), SIMULATOR.token(), SECRET, null);
        replicas.add(alone);
        alone.start(uri("/keep", "&unregisterOnStop=false"), e -> { });
        assertThat(alone.consumer()).isInstanceOfSatisfying(TimelinesAiWebhookConsumer.class,
                c -> assertThat(c.getLeadership()).isNull());
        assertThat(subscriptions()).hasSize(2);
        alone.close();
        assertThat(subscriptions()).as("unregisterOnStop=false keeps them for a restart").hasSize(2);

        Replica again = new Replica("again", SIMULATOR.baseUrl(), SIMULATOR.token(), SECRET, null);
        replicas.add(again);
        again.start(uri("/keep", ""), e -> { });
        assertThat(webhook(again).getCreatedSubscriptions()).as("reused").isEmpty();
        again.close();
        assertThat(subscriptions()).as("it deletes only what it created").hasSize(2);
    }
}
