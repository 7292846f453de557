package dev.seed.camel.timelinesai.simulator.partner;

import java.util.function.IntConsumer;

import dev.seed.camel.timelinesai.simulator.state.Quota;

/**
 * Watches a quota for thresholds (percent of the total): reports each threshold once when the use crosses it
 * upwards, and arms it again when the use falls back below.
 */
final class QuotaWatch {
    private final Quota quota;
    private final int[] percents;
    private final IntConsumer crossed;
    private int reached;

    private QuotaWatch(Quota quota, int[] percents, IntConsumer crossed) {
        this.quota = quota;
        this.percents = percents.clone();
        this.crossed = crossed;
    }

    /** Starts watching {@code quota}; thresholds already reached now are not reported. */
    static QuotaWatch attach(Quota quota, IntConsumer crossed, int... ascendingPercents) {
        QuotaWatch watch = new QuotaWatch(quota, ascendingPercents, crossed);
        watch.reached = watch.level();
        quota.onChange(watch::changed);
        return watch;
    }

    private int level() {
        long total = quota.total();
        long used = quota.used();
        if (total <= 0) {
            return 0;
        }
        int level = 0;
        for (int percent : percents) {
            if (used * 100 >= total * percent) {
                level++;
            }
        }
        return level;
    }

    private synchronized void changed() {
        int now = level();
        for (int i = reached; i < now; i++) {
            crossed.accept(percents[i]);
        }
        reached = now;
    }
}
