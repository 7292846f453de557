package dev.seed.camel.timelinesai;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.seed.camel.timelinesai.model.Timestamps;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Public API's timestamp format, and ISO-8601 for templates. */
class TimestampsTest {

    @Test
    void parsesPublicApiAndIsoTimestamps() {
        assertThat(Timestamps.parse("2024-01-08 10:35:18 +0200"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 8, 10, 35, 18, 0, ZoneOffset.ofHours(2)));
        assertThat(Timestamps.parse("2026-07-17T09:00:00Z"))
                .isEqualTo(OffsetDateTime.of(2026, 7, 17, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThat(Timestamps.parse(null)).isNull();
        assertThatThrownBy(() -> Timestamps.parse("yesterday")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yesterday");
    }
}
