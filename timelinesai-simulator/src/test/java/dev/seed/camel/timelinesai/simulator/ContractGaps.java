package dev.seed.camel.timelinesai.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;

/**
 * Known places where the contract check flags traffic that is right: the tests name the gap they expect
 * and everything else must still be clean.
 */
final class ContractGaps {
    /**
     * The form parser consumes a multipart body before the check sees it, so the check reports the
     * required body of {@code POST /files_upload} as missing.
     */
    static final Predicate<ContractViolation> MULTIPART_BODY_UNSEEN = v -> v.direction().equals("request")
            && v.path().equals("/files_upload") && v.problem().startsWith("validation.request.body.missing");
    /** The legacy {@code GET /workspace/quotas} is commented out of the spec but still served. */
    static final Predicate<ContractViolation> LEGACY_QUOTAS_PATH = v -> v.path().equals("/workspace/quotas")
            && v.problem().startsWith("validation.request.path.missing");

    private ContractGaps() {
    }

    /** The violations the simulator recorded that none of the {@code known} gaps explains. */
    @SafeVarargs
    static List<ContractViolation> besides(TimelinesAiSimulator simulator, Predicate<ContractViolation>... known) {
        Predicate<ContractViolation> explained = Arrays.stream(known).reduce(v -> false, Predicate::or);
        return VendorSpecs.publicViolations(simulator).stream().filter(explained.negate()).toList();
    }
}
