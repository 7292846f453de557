package dev.seed.camel.timelinesai.cluster;

import java.util.Map;

import dev.seed.camel.timelinesai.consumer.PollState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcPollStateStoreTest {
    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();

    @Test
    void roundTripAcrossInstancesAndOneRowPerName() {
        JdbcPollStateStore leader = new JdbcPollStateStore(PG.dataSource(), "cursor-a");
        JdbcPollStateStore nextLeader = new JdbcPollStateStore(PG.dataSource(), "cursor-a");
        JdbcPollStateStore other = new JdbcPollStateStore(PG.dataSource(), "cursor-b");

        assertThat(nextLeader.load()).isNull();
        leader.save(new PollState("2026-12-05T07:00:00Z", Map.of(11L, "uid-1", 12L, "uid-2")));
        leader.save(new PollState("2026-12-05T07:05:00Z", Map.of(12L, "uid-3")));

        PollState resumed = nextLeader.load();
        assertThat(resumed.watermark()).isEqualTo("2026-12-05T07:05:00Z");
        assertThat(resumed.lastMessageUids()).containsExactly(Map.entry(12L, "uid-3"));
        assertThat(other.load()).isNull();
    }

    @Test
    void refusesBadOptions() {
        assertThatThrownBy(() -> new JdbcPollStateStore(PG.dataSource(), " "))
                .hasMessageContaining("needs a name");
        JdbcPollStateStore store = new JdbcPollStateStore(PG.dataSource(), "x");
        assertThatThrownBy(() -> store.setTableName("t; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tableName");
    }
}
