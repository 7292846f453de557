package dev.seed.camel.timelinesai.simulator;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line of the standalone simulator. */
class SimulatorMainTest {
    @TempDir
    Path tmp;

    @Test
    void readsEveryOption() {
        SimulatorOptions options = SimulatorMain.parse(new String[] {"--port=0", "--send-interval-ms=10", "--token=t-1",
                "--no-rate-limit", "--partner-id=p", "--partner-secret=s", "--partner-webhook-url=http://127.0.0.1:9/h",
                "--spec-dir=" + tmp});

        assertThat(options.port()).isZero();
        assertThat(options.sendInterval()).isEqualTo(Duration.ofMillis(10));
        assertThat(options.token()).isEqualTo("t-1");
        assertThat(options.rateLimitEnabled()).isFalse();
        assertThat(options.partnerId()).isEqualTo("p");
        assertThat(options.partnerSecret()).isEqualTo("s");
        assertThat(options.partnerWebhookUrl()).isEqualTo("http://127.0.0.1:9/h");
        assertThat(options.specFolder()).isPresent().get().extracting(f -> f.dir()).isEqualTo(tmp.toAbsolutePath().normalize());
    }

    @Test
    void defaultsToPort8080AndCanSwitchContractChecksOff() {
        SimulatorOptions options = SimulatorMain.parse(new String[] {"--spec-dir=" + tmp, "--no-contract-check"});

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.checkContract()).isFalse();
    }

    @Test
    void helpIsNoRun() {
        assertThat(SimulatorMain.parse(new String[] {"--help"})).isNull();
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port=eighty"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port=eighty");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--colour=blue"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour=blue");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--spec-dir=" + tmp.resolve("none")}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none");
    }
}
