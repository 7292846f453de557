package dev.seed.camel.timelinesai.clustertests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Samples a request counter (the simulator's count of Public API requests, which all replicas reach from one
 * address) every few milliseconds, and tells the most requests seen within any one-second window.
 */
final class RequestRateSampler implements AutoCloseable {
    private record Sample(long nanos, long count) {
    }

    private final LongSupplier counter;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    RequestRateSampler(LongSupplier counter) {
        this.counter = counter;
        this.thread = new Thread(this::run, "request-rate-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            Sample sample = new Sample(System.nanoTime(), counter.getAsLong());
            synchronized (samples) {
                samples.add(sample);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The most requests counted between two samples at most one second apart. */
    long maxPerSecond() {
        List<Sample> copy;
        synchronized (samples) {
            copy = new ArrayList<>(samples);
        }
        long max = 0;
        int start = 0;
        for (int end = 0; end < copy.size(); end++) {
            while (copy.get(end).nanos() - copy.get(start).nanos() > TimeUnit.SECONDS.toNanos(1)) {
                start++;
            }
            max = Math.max(max, copy.get(end).count() - copy.get(start).count());
        }
        return max;
    }

    /** Requests a second between the first and the last sample. */
    double averagePerSecond() {
        List<Sample> copy;
        synchronized (samples) {
            copy = new ArrayList<>(samples);
        }
        if (copy.size() < 2) {
            return 0;
        }
        Sample first = copy.get(0);
        Sample last = copy.get(copy.size() - 1);
        return (last.count() - first.count()) * 1e9 / Math.max(1, last.nanos() - first.nanos());
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
    }
}
