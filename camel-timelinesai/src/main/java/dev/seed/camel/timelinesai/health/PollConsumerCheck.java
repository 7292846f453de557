package dev.seed.camel.timelinesai.health;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.consumer.PollState;
import dev.seed.camel.timelinesai.consumer.TimelinesAiPollConsumer;
import org.apache.camel.health.HealthCheckResultBuilder;

/** Readiness of a poll-mode {@code timelinesai:events} consumer: DOWN after {@code pollFailureThreshold} failed polls in a row. */
final class PollConsumerCheck extends ReadinessCheck {
    private final TimelinesAiEndpoint endpoint;
    private final TimelinesAiPollConsumer consumer;

    PollConsumerCheck(TimelinesAiEndpoint endpoint, TimelinesAiPollConsumer consumer) {
        super("timelinesai-events-poll");
        this.endpoint = endpoint;
        this.consumer = consumer;
    }

    @Override
    protected void check(HealthCheckResultBuilder builder) {
        int threshold = endpoint.getEventsConfiguration().getPollFailureThreshold();
        long failures = consumer.getErrorCounter();
        builder.detail("timelinesai.poll.failures.in.row", failures);
        builder.detail("timelinesai.poll.failure.threshold", threshold);
        builder.detail("timelinesai.poll.count", consumer.getCounter());
        clusterDetails(builder, consumer);
        String cursor = cursor(consumer);
        if (cursor != null) {
            builder.detail("timelinesai.poll.cursor", cursor);
        }
        if (threshold > 0 && failures >= threshold) {
            builder.down().message(failures + " polls in a row failed (pollFailureThreshold " + threshold + ")");
        } else {
            builder.up();
        }
    }

    /** The watermark of the saved cursor, or null when there is none yet or it cannot be read. */
    static String cursor(TimelinesAiPollConsumer consumer) {
        try {
            PollState state = consumer.getStateStore() == null ? null : consumer.getStateStore().load();
            return state == null ? null : state.watermark();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
