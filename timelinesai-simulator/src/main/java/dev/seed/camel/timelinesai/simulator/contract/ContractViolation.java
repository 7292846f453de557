package dev.seed.camel.timelinesai.simulator.contract;

/** A request or response the simulator saw that does not fit the vendor's spec. */
public record ContractViolation(String direction, String method, String path, int status, String problem) {
}
