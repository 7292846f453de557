package dev.seed.camel.timelinesai.kamelets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.seed.camel.timelinesai.TimelinesAiAccountPacer;
import dev.seed.camel.timelinesai.TimelinesAiLocalAccountPacer;
import dev.seed.camel.timelinesai.simulator.MessagingAdmin.SentMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSendingEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** timelinesai-paced-sink: one send per interval and account, accounts in parallel, through timelinesai-sink. */
class TimelinesAiPacedSinkKameletTest extends KameletTestSupport {
    private static final String SALES = "+14155550100";
    private static final String SUPPORT = "+14155550101";
    private static final long INTERVAL = 600;

    /** When each exchange left for the component, and for which account. */
    private final List<long[]> sends = Collections.synchronizedList(new ArrayList<>());
    private final List<String> accounts = Collections.synchronizedList(new ArrayList<>());

    /** A pacer as a shared store would give: one turn per account, the next an interval after; records the turns. */
    private final RecordingPacer pacer = new RecordingPacer();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("recordingPacer", pacer);
        context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                ExchangeSendingEvent sending = (ExchangeSendingEvent) event;
                if (sending.getEndpoint().getEndpointUri().startsWith("timelinesai:")) {
                    synchronized (sends) {
                        sends.add(new long[] { System.nanoTime() });
                        accounts.add(sending.getExchange().getMessage()
                                .getHeader("CamelTimelinesAiWhatsappAccountPhone", String.class));
                    }
                }
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof ExchangeSendingEvent;
            }
        });
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:campaign?concurrentConsumers=4")
                        .to("kamelet:timelinesai-paced-sink?token={{sim.token}}&baseUrl={{sim.url}}&interval=" + INTERVAL);
                // one consumer, so the Kamelet gets each account's messages in queue order (the gate keeps it)
                from("seda:pacedByBean")
                        .to("kamelet:timelinesai-paced-sink?token={{sim.token}}&baseUrl={{sim.url}}"
                                + "&accountPacer=recordingPacer");
            }
        };
    }

    @Test
    void eachAccountSendsAtItsOwnPaceAndAccountsGoInParallel() {
        for (int i = 0; i < 3; i++) {
            template.sendBodyAndHeaders("seda:campaign", "sales " + i,
                    Map.of("phone", "+49301000" + i, "whatsapp-account-phone", SALES));
            template.sendBodyAndHeaders("seda:campaign", "support " + i,
                    Map.of("ce-phone", "+49302000" + i, "ce-whatsappaccountphone", SUPPORT));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> admin().sentMessages().size() == 6);

        List<SentMessage> sent = admin().sentMessages();
        assertThat(sent).filteredOn(m -> SALES.equals(m.accountPhone())).hasSize(3);
        assertThat(sent).filteredOn(m -> SUPPORT.equals(m.accountPhone())).hasSize(3);
        List<Long> sales = timesOf(SALES);
        List<Long> support = timesOf(SUPPORT);
        assertThat(sales).hasSize(3);
        assertThat(support).hasSize(3);
        // the gate lets one send of an account through per turn, the next an interval after the previous answer
        assertGaps(sales);
        assertGaps(support);
        // while one account waits, the other sends: its first send comes before the first account's last
        assertThat(support.get(0)).isLessThan(sales.get(2));
        assertThat(sales.get(0)).isLessThan(support.get(2));
    }

    @Test
    void messagesNamingNoAccountShareOnePaceAndAreSent() {
        template.sendBodyAndHeaders("seda:campaign", "no account 1", Map.of("phone", "+49303000001"));
        template.sendBodyAndHeaders("seda:campaign", "no account 2", Map.of("phone", "+49303000002"));

        await().atMost(Duration.ofSeconds(20)).until(() -> admin().sentMessages().size() == 2);
        assertThat(admin().sentMessages()).extracting(SentMessage::text)
                .containsExactlyInAnyOrder("no account 1", "no account 2");
        assertThat(accounts).containsOnlyNulls();
    }

    @Test
    void anAccountPacerBeanPacesInsteadOfTheInJvmPacerAndEachAccountKeepsItsOrder() {
        for (int i = 0; i < 3; i++) {
            template.sendBodyAndHeaders("seda:pacedByBean", "sales " + i,
                    Map.of("phone", "+49304000" + i, "whatsapp-account-phone", SALES));
            template.sendBodyAndHeaders("seda:pacedByBean", "support " + i,
                    Map.of("phone", "+49305000" + i, "whatsapp-account-phone", SUPPORT));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> admin().sentMessages().size() == 6);

        assertThat(pacer.booked).containsExactlyInAnyOrder(SALES, SALES, SALES, SUPPORT, SUPPORT, SUPPORT);
        List<SentMessage> sent = admin().sentMessages();
        assertThat(sent).filteredOn(m -> SALES.equals(m.accountPhone())).extracting(SentMessage::text)
                .containsExactly("sales 0", "sales 1", "sales 2");
        assertThat(sent).filteredOn(m -> SUPPORT.equals(m.accountPhone())).extracting(SentMessage::text)
                .containsExactly("support 0", "support 1", "support 2");
        assertGaps(timesOf(SALES));
        assertGaps(timesOf(SUPPORT));
    }

    /** The in-JVM pacer of {@link #INTERVAL}, recording the accounts it gave turns to. */
    static final class RecordingPacer implements TimelinesAiAccountPacer {
        final List<String> booked = Collections.synchronizedList(new ArrayList<>());
        private final TimelinesAiLocalAccountPacer turns = new TimelinesAiLocalAccountPacer(Duration.ofMillis(INTERVAL));

        @Override
        public long tryTakeTurn(String account) {
            long wait = turns.tryTakeTurn(account);
            if (wait == 0) {
                booked.add(account);
            }
            return wait;
        }

        @Override
        public void endTurn(String account) {
            turns.endTurn(account);
        }
    }

    private List<Long> timesOf(String account) {
        List<Long> times = new ArrayList<>();
        synchronized (sends) {
            for (int i = 0; i < sends.size(); i++) {
                if (account.equals(accounts.get(i))) {
                    times.add(sends.get(i)[0]);
                }
            }
        }
        Collections.sort(times);
        return times;
    }

    private static void assertGaps(List<Long> times) {
        for (int i = 1; i < times.size(); i++) {
            long gapMillis = (times.get(i) - times.get(i - 1)) / 1_000_000;
            assertThat(gapMillis).as("gap between sends %d and %d of one account", i - 1, i)
                    .isGreaterThanOrEqualTo(INTERVAL);
        }
    }
}
