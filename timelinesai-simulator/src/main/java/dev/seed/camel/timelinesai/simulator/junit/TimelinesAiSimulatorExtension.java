package dev.seed.camel.timelinesai.simulator.junit;

import dev.seed.camel.timelinesai.simulator.SimulatorAdminClient;
import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.TimelinesAiSimulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts a simulator on a free port before the tests of a class and stops it after.
 * Register it as a static field with {@code @RegisterExtension}; test methods may take the
 * {@link TimelinesAiSimulator} or its {@link SimulatorAdminClient} as a parameter. With {@link #resetBeforeEach()} every test starts from the
 * seeded workspace.
 */
public final class TimelinesAiSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {
    private final SimulatorOptions options;
    private final boolean resetBeforeEach;
    private TimelinesAiSimulator simulator;

    private TimelinesAiSimulatorExtension(SimulatorOptions options, boolean resetBeforeEach) {
        this.options = options;
        this.resetBeforeEach = resetBeforeEach;
    }

    /** A simulator with the fast test options ({@link SimulatorOptions#forTests()}). */
    public static TimelinesAiSimulatorExtension create() {
        return new TimelinesAiSimulatorExtension(SimulatorOptions.forTests().build(), false);
    }

    public static TimelinesAiSimulatorExtension withOptions(SimulatorOptions options) {
        return new TimelinesAiSimulatorExtension(options, false);
    }

    /** The same extension, resetting the workspace before each test. */
    public TimelinesAiSimulatorExtension resetBeforeEach() {
        return new TimelinesAiSimulatorExtension(options, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = TimelinesAiSimulator.start(options);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetBeforeEach) {
            simulator.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    /** The running simulator (between beforeAll and afterAll). */
    public TimelinesAiSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator is not running: register the extension as a static field");
        }
        return simulator;
    }

    public String baseUrl() { return simulator().baseUrl(); }

    public String token() { return simulator().token(); }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        Class<?> type = parameterContext.getParameter().getType();
        return type == TimelinesAiSimulator.class || type == SimulatorAdminClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        if (parameterContext.getParameter().getType() == SimulatorAdminClient.class) {
            return simulator().admin();
        }
        return simulator();
    }
}
