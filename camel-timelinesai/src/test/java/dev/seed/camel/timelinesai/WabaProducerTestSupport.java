package dev.seed.camel.timelinesai;

import java.util.List;
import java.util.regex.Pattern;

import dev.seed.camel.timelinesai.simulator.MessagingAdmin.Credits;
import dev.seed.camel.timelinesai.simulator.TrafficAdmin.FaultSpec;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;
import dev.seed.camel.timelinesai.simulator.waba.WabaMessage;
import dev.seed.camel.timelinesai.simulator.waba.WabaSeeder;

import static org.assertj.core.api.Assertions.assertThat;

/** Base of the wabaMessages and wabaTemplates tests: the seeded WABA chats, what the simulator stored and charged. */
abstract class WabaProducerTestSupport extends TimelinesAiTestSupport {
    static final long ACCOUNT = WabaSeeder.ACCOUNT_ACTIVE;
    static final String SEND_PATHS = "/waba/(messages|chats/\\d+/messages)";
    private static final Pattern MULTIPART_SEND = Pattern.compile(SEND_PATHS);

    /** The id of a seeded WABA chat, by its name. */
    long chat(String name) {
        return simulator().state().waba().chatByName(name).orElseThrow().id();
    }

    /** The WABA messages the simulator holds for the active account. */
    List<WabaMessage> stored() {
        return simulator().state().waba().messagesOfAccount(ACCOUNT);
    }

    Credits credits() {
        return simulator().admin().creditBalance();
    }

    /** A fault on every WABA send for the rest of the test: if it fires, a send request was made. */
    void tripwireOnSends() {
        simulator().admin().addFault(FaultSpec.status(500).method("POST").pathRegex(SEND_PATHS).times(1000));
    }

    long tripwireFired() {
        return simulator().admin().faults().get(0).fired();
    }

    /**
     * As {@link #requestViolations()}, also leaving out the multipart WABA sends, whose bodies the simulator's
     * form parser consumes before its check (reported as "body missing", the known gap of the QR uploads).
     */
    void assertNoWabaContractViolations() {
        List<ContractViolation> violations = requestViolations().stream()
                .filter(v -> !(MULTIPART_SEND.matcher(v.path()).matches()
                        && v.problem().startsWith("validation.request.body.missing")))
                .toList();
        assertThat(violations).as("requests that do not fit public_api_spec.yaml").isEmpty();
    }
}
