package dev.seed.camel.timelinesai.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.TimelinesAiPacedSendRouteTemplate;
import dev.seed.camel.timelinesai.simulator.Seeder;
import dev.seed.camel.timelinesai.simulator.junit.TimelinesAiSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSendingEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas (two CamelContexts, each with its own data source, pacer and limiter on one PostgreSQL) run the
 * timelinesai-paced-send template with {@code accountPacer} (a {@link JdbcAccountPacer}) against one simulator:
 * every message is sent once, each replica's messages of an account keep their order, and each send of an account,
 * from either replica, starts at least the interval after the previous one was answered.
 */
class PacedSendAcrossReplicasTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();
    @RegisterExtension
    static final TimelinesAiSimulatorExtension SIMULATOR = TimelinesAiSimulatorExtension.create().resetBeforeEach();
    private static final long INTERVAL = 1000;
    private static final int PER_ACCOUNT = 3;

    private final List<CamelContext> replicas = new ArrayList<>();
    /** Account, nanoTime when it left for the component and when it came back, of each send, from both replicas. */
    private final List<Object[]> sends = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        replicas.forEach(CamelContext::stop);
    }

    private CamelContext replica(String pacerTable) throws Exception {
        CamelContext context = new DefaultCamelContext();
        TimelinesAiComponent component = new TimelinesAiComponent();
        component.setBaseUrl(SIMULATOR.baseUrl());
        component.setToken(SIMULATOR.token());
        component.setRateLimiter(Bucket4jRequestLimiter.forUrl(PG.dataSource(), SIMULATOR.baseUrl()));
        context.addComponent("timelinesai", component);
        context.getRegistry().bind("sharedPacer",
                new JdbcAccountPacer(PG.dataSource(), pacerTable, Duration.ofMillis(INTERVAL)));
        context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                long now = System.nanoTime();
                ExchangeEvent exchangeEvent = (ExchangeEvent) event;
                Exchange exchange = exchangeEvent.getExchange();
                if (event instanceof ExchangeSendingEvent sending
                        && sending.getEndpoint().getEndpointUri().startsWith("timelinesai:")) {
                    exchange.setProperty("sendingAt", now);
                } else if (event instanceof ExchangeSentEvent sent
                        && sent.getEndpoint().getEndpointUri().startsWith("timelinesai:")) {
                    sends.add(new Object[] { exchange.getMessage().getHeader(
                            TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, String.class),
                            exchange.getProperty("sendingAt", Long.class), now });
                }
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof ExchangeSendingEvent || event instanceof ExchangeSentEvent;
            }
        });
        context.addRoutes(new TimelinesAiPacedSendRouteTemplate());
        context.start();
        TemplatedRouteBuilder.builder(context, TimelinesAiPacedSendRouteTemplate.TEMPLATE_ID)
                .routeId("campaign")
                .parameter(TimelinesAiPacedSendRouteTemplate.SOURCE, "seda:campaign")
                .parameter(TimelinesAiPacedSendRouteTemplate.ACCOUNT_PACER, "sharedPacer")
                .add();
        replicas.add(context);
        return context;
    }

    @Test
    void eachAccountIsPacedAcrossReplicasAndEachReplicaKeepsItsOrder() throws Exception {
        // a turn table of this test's own, so no earlier turn of these accounts delays the first sends
        String table = "turn_" + Long.toHexString(System.nanoTime());
        PG.execute(ClusterSchema.createStatement(ClusterSchema.TURN_TABLE).replace(ClusterSchema.TURN_TABLE, table));
        List<String> accounts = Seeder.ACCOUNT_PHONES.subList(0, 2);
        List<CamelContext> contexts = List.of(replica(table), replica(table));
        for (int r = 0; r < contexts.size(); r++) {
            ProducerTemplate producer = contexts.get(r).createProducerTemplate();
            for (int m = 1; m <= PER_ACCOUNT; m++) {
                for (int a = 0; a < accounts.size(); a++) {
                    Map<String, Object> headers = new HashMap<>();
                    headers.put(TimelinesAiConstants.WHATSAPP_ACCOUNT_PHONE, accounts.get(a));
                    headers.put(TimelinesAiConstants.PHONE, "+1555100" + r + a + "0" + m);
                    producer.sendBodyAndHeaders("seda:campaign", text(r, a, m), headers);
                }
            }
        }
        int total = contexts.size() * accounts.size() * PER_ACCOUNT;
        await().atMost(Duration.ofSeconds(40)).until(() -> SIMULATOR.simulator().admin().sent().size() >= total);

        List<String> texts = new ArrayList<>();
        for (JsonNode sent : SIMULATOR.simulator().admin().sent()) {
            texts.add(sent.path("text").asText());
            String text = sent.path("text").asText();
            assertThat(sent.path("account_phone").asText()).isEqualTo(accounts.get(text.charAt(4) - '0'));
        }
        assertThat(texts).hasSize(total).doesNotHaveDuplicates();
        for (int r = 0; r < contexts.size(); r++) {
            for (int a = 0; a < accounts.size(); a++) {
                String prefix = "r" + r + " a" + a + " ";
                assertThat(texts.stream().filter(t -> t.startsWith(prefix)).toList())
                        .as("replica %d keeps account %d's order", r, a)
                        .containsExactly(text(r, a, 1), text(r, a, 2), text(r, a, 3));
            }
        }
        for (String account : accounts) {
            List<long[]> ofAccount = new ArrayList<>();
            synchronized (sends) {
                sends.stream().filter(s -> account.equals(s[0])).forEach(s -> ofAccount.add(new long[] {
                        (Long) s[1], (Long) s[2] }));
            }
            ofAccount.sort((x, y) -> Long.compare(x[0], y[0]));
            assertThat(ofAccount).hasSize(contexts.size() * PER_ACCOUNT);
            for (int i = 1; i < ofAccount.size(); i++) {
                assertThat(ofAccount.get(i)[0]).as("send %d of account %s starts after send %d was answered", i,
                        account, i - 1).isGreaterThan(ofAccount.get(i - 1)[1]);
                // the interval is counted on the database's clock, these times on this JVM's: 1 ms for the two
                assertThat((ofAccount.get(i)[0] - ofAccount.get(i - 1)[1]) / 1_000_000)
                        .as("ms from the answer to send %d of account %s to send %d (both replicas)", i - 1, account, i)
                        .isGreaterThanOrEqualTo(INTERVAL - 1);
            }
        }
    }

    private static String text(int replica, int account, int message) {
        return "r" + replica + " a" + account + " m" + message;
    }
}
