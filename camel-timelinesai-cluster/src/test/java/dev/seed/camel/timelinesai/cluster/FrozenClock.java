package dev.seed.camel.timelinesai.cluster;

import io.github.bucket4j.TimeMeter;

/** A bucket clock that stands still, so a test sees exactly what bookings the buckets hand out. */
final class FrozenClock implements TimeMeter {
    private final long nanos = System.currentTimeMillis() * 1_000_000L;

    @Override
    public long currentTimeNanos() {
        return nanos;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
