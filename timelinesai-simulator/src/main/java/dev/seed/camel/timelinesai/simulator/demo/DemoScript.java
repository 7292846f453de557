package dev.seed.camel.timelinesai.simulator.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated side of an example's demo: plays a script (customers writing, agents scanning) on a daemon
 * thread beside the running application, then tells the application to stop, and keeps the script's summary.
 */
public final class DemoScript {
    private final String title;
    private final AtomicReference<String> summary = new AtomicReference<>();

    /** {@code title} names the demo in messages, e.g. {@code YAML demo}. */
    public DemoScript(String title) {
        this.title = title;
    }

    /** Runs {@code script} on a daemon thread named {@code threadName}; {@code finished} runs after it in any case. */
    public void start(String threadName, Callable<String> script, Runnable finished) {
        Thread t = new Thread(() -> {
            try {
                summary.set(script.call());
            } catch (Exception e) {
                System.err.println("The " + title + " failed: " + e.getMessage());
            } finally {
                finished.run();
            }
        }, threadName);
        t.setDaemon(true);
        t.start();
    }

    /** The script's summary line; fails when it has none (it failed, or did not finish within {@code timeout}). */
    public String summary(Duration timeout) {
        if (summary.get() == null) {
            throw new IllegalStateException("The " + title + " did not finish (within " + timeout + "), see above");
        }
        return summary.get();
    }

    /** A free local TCP port for the application's webhook server. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
