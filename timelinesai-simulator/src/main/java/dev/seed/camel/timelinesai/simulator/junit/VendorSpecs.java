package dev.seed.camel.timelinesai.simulator.junit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;
import dev.seed.camel.timelinesai.simulator.contract.SpecFolder;
import dev.seed.camel.timelinesai.simulator.contract.WebhookContract;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way tests reach the vendor's specs. Without the spec folder a test that needs them is skipped with
 * a message naming the folder; under {@code CI=true} it fails instead, so CI never skips contract checks silently.
 * A test calls these where its spec-dependent part starts: what ran before still counts.
 */
public final class VendorSpecs {
    /** Environment variable that turns a missing spec folder from a skip into a failure. */
    public static final String CI_ENV = "CI";
    private static final Map<Path, WebhookContract> WEBHOOKS = new ConcurrentHashMap<>();
    private static final Map<Path, WebhookContract> PARTNER_WEBHOOKS = new ConcurrentHashMap<>();

    private VendorSpecs() {
    }

    /** The spec folder; skips the calling test (fails it under {@code CI=true}) when it is absent. */
    public static SpecFolder require() {
        Optional<SpecFolder> found = SpecFolder.find();
        if (found.isPresent()) {
            return found.get();
        }
        String reason = "Needs the vendor's OpenAPI specs: " + SpecFolder.whyAbsent();
        if (underCi()) {
            return Assertions.fail(reason + " (" + CI_ENV + "=true: spec-dependent tests must run)");
        }
        Assumptions.abort(reason);
        throw new IllegalStateException("unreachable");
    }

    /** The Public API webhook contract ({@code webhook_spec.yaml}), loaded once per folder. */
    public static WebhookContract webhooks() {
        SpecFolder specs = require();
        return WEBHOOKS.computeIfAbsent(specs.dir(), dir -> WebhookContract.load(specs));
    }

    /** The partner webhook contract ({@code partner_api_webhook_spec.yaml}), loaded once per folder. */
    public static WebhookContract partnerWebhooks() {
        SpecFolder specs = require();
        return PARTNER_WEBHOOKS.computeIfAbsent(specs.dir(), dir -> WebhookContract.loadPartner(specs));
    }

    /** What the simulator's Public API check recorded, for an assertion that must not pass unchecked. */
    public static List<ContractViolation> publicViolations(TimelinesAiSimulator simulator) {
        requireChecking(simulator);
        return simulator.contractViolations();
    }

    /** What the simulator's Partner API check recorded, for an assertion that must not pass unchecked. */
    public static List<ContractViolation> partnerViolations(TimelinesAiSimulator simulator) {
        requireChecking(simulator);
        return simulator.partner().contractViolations();
    }

    /** Violations read from a simulator elsewhere (its admin API), once the specs are known to be there. */
    public static <T> List<T> checked(List<T> violations) {
        require();
        return violations;
    }

    private static void requireChecking(TimelinesAiSimulator simulator) {
        require();
        if (!simulator.options().checkContract()) {
            Assertions.fail("The simulator runs without contract checks: " + simulator.options().contractCheckSummary());
        }
    }

    private static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv(CI_ENV));
    }
}
