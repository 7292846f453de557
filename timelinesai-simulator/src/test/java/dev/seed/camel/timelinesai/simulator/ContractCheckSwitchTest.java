package dev.seed.camel.timelinesai.simulator;

import java.nio.file.Path;

import dev.seed.camel.timelinesai.simulator.contract.SpecFolder;
import dev.seed.camel.timelinesai.simulator.junit.VendorSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Contract checks follow the spec folder: off without one (the simulator still answers), on against the one found. */
class ContractCheckSwitchTest {
    @TempDir
    Path tmp;

    @Test
    void withoutASpecFolderTheSimulatorAnswersAndChecksNothing() {
        Path missing = tmp.resolve("no-specs-here");
        SimulatorOptions options = withSpecProperty(missing.toString(), () -> SimulatorOptions.forTests().build());

        assertThat(options.checkContract()).isFalse();
        assertThat(options.specFolder()).isEmpty();
        assertThat(options.contractCheckSummary()).isEqualTo("Contract checks off: spec folder " + missing + " not found");
        try (TimelinesAiSimulator sim = TimelinesAiSimulator.start(options)) {
            ApiClient client = new ApiClient(sim);
            ApiClient.Result accounts = client.get("/whatsapp_accounts");
            assertThat(accounts.status()).isEqualTo(200);
            assertThat(accounts.data().path("whatsapp_accounts")).hasSize(3);
            client.delete("/whatsapp_accounts");
            assertThat(sim.contractViolations()).isEmpty();
            assertThat(sim.admin().contractViolations()).isEmpty();
        }
    }

    @Test
    void withNoFolderNamedTheSummarySaysHowToNameOne() {
        assumeTrue(System.getenv(SpecFolder.ENV) == null, "the environment names a spec folder");
        SimulatorOptions options = withSpecProperty(null, () -> SimulatorOptions.forTests().build());

        assertThat(options.contractCheckSummary()).startsWith("Contract checks off: no spec folder named")
                .contains(SpecFolder.PROPERTY, SpecFolder.ENV);
    }

    @Test
    void withTheSpecFolderPublicApiTrafficIsChecked() {
        SpecFolder specs = VendorSpecs.require();
        SimulatorOptions options = withSpecProperty(null, () -> SimulatorOptions.forTests().specDir(specs.dir()).build());

        assertThat(options.checkContract()).isTrue();
        assertThat(options.contractCheckSummary())
                .isEqualTo("Contract checks on: API traffic is checked against the vendor specs in " + specs.dir());
        try (TimelinesAiSimulator sim = TimelinesAiSimulator.start(options)) {
            ApiClient client = new ApiClient(sim);
            assertThat(client.get("/whatsapp_accounts").status()).isEqualTo(200);
            assertThat(sim.contractViolations()).isEmpty();
            client.delete("/whatsapp_accounts");
            assertThat(sim.contractViolations()).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.path()).isEqualTo("/whatsapp_accounts"));
        }
    }

    @Test
    void theFolderOfTheSystemPropertyIsFound() {
        SpecFolder specs = VendorSpecs.require();
        SimulatorOptions options = withSpecProperty(specs.dir().toString(), () -> SimulatorOptions.forTests().build());

        assertThat(options.specFolder()).map(SpecFolder::dir).contains(specs.dir());
    }

    @Test
    void checksSwitchedOffStayOffWithAFolder() {
        SimulatorOptions options = SimulatorOptions.forTests().specDir(tmp).checkContract(false).build();

        assertThat(options.checkContract()).isFalse();
        assertThat(options.contractCheckSummary()).contains("switched off");
    }

    @Test
    void aSpecFolderGivenExplicitlyMustExist() {
        Path missing = tmp.resolve("missing");

        assertThatThrownBy(() -> SimulatorOptions.forTests().specDir(missing).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void aSpecFileMissingFromTheFolderIsNamed() {
        assertThatThrownBy(() -> SpecFolder.of(tmp).read(SpecFolder.PUBLIC_API))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(SpecFolder.PUBLIC_API).hasMessageContaining(tmp.toString());
    }

    /** Runs {@code body} with the spec-folder system property set to {@code value} (null: unset), then restores it. */
    private static <T> T withSpecProperty(String value, java.util.function.Supplier<T> body) {
        String before = System.getProperty(SpecFolder.PROPERTY);
        set(value);
        try {
            return body.get();
        } finally {
            set(before);
        }
    }

    private static void set(String value) {
        if (value == null) {
            System.clearProperty(SpecFolder.PROPERTY);
        } else {
            System.setProperty(SpecFolder.PROPERTY, value);
        }
    }
}
