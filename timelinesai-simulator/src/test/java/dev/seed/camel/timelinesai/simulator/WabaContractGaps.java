package dev.seed.camel.timelinesai.simulator;

import java.util.Set;
import java.util.function.Predicate;

import dev.seed.camel.timelinesai.simulator.contract.ContractViolation;

/**
 * Where the WABA part of the spec contradicts itself: its {@code error_code} enum pairs
 * {@code service_window_closed}, {@code account_inactive}, {@code template_*} with 409 and
 * {@code template_variables_mismatch} with 422, and the upload cap is a 413, but the send operations list
 * none of those responses.
 */
final class WabaContractGaps {
    private static final Set<Integer> UNDECLARED = Set.of(409, 413, 422);

    static final Predicate<ContractViolation> UNDECLARED_WABA_ERROR_STATUS = v -> v.direction().equals("response")
            && v.path().startsWith("/waba/") && UNDECLARED.contains(v.status())
            && v.problem().startsWith("validation.response.status.unknown");

    private WabaContractGaps() {
    }
}
