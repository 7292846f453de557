package dev.seed.camel.timelinesai.clustertests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One replica: a separate JVM running {@link ReplicaMain} on the test's class path, with its settings as system
 * properties. Its output is copied to the test's output with the replica's name in front; {@link #start()} returns
 * once it printed {@link ReplicaMain#READY}. {@link #kill()} is {@code kill -9}.
 */
final class ReplicaProcess {
    private final String name;
    private final int port;
    private final Map<String, String> settings;
    private Process process;
    private volatile boolean sawReady;

    ReplicaProcess(String name, int port, Map<String, String> settings) {
        this.name = name;
        this.port = port;
        this.settings = settings;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    void start() throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.add("-D" + ReplicaMain.NAME + "=" + name);
        command.add("-D" + ReplicaMain.PORT + "=" + port);
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReplicaMain.class.getName()));
        sawReady = false;
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch ready = new CountDownLatch(1);
        Process started = process;
        Thread pump = new Thread(() -> copyOutput(started, ready), name + "-output");
        pump.setDaemon(true);
        pump.start();
        if (!ready.await(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not print " + ReplicaMain.READY + " within 120 s");
        }
        if (!sawReady) {
            process.waitFor(10, TimeUnit.SECONDS);
            process.destroyForcibly();
            throw new IllegalStateException(name + " ended before it was ready (see its output above)");
        }
    }

    private void copyOutput(Process p, CountDownLatch ready) {
        PrintStream out = System.out;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                out.println("[" + name + "] " + line);
                if (line.equals(ReplicaMain.READY)) {
                    sawReady = true;
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            out.println("[" + name + "] output closed: " + e);
        } finally {
            ready.countDown();
        }
    }

    /** {@code kill -9}: no shutdown hook, no stop of the CamelContext, claims and locks left as they are. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A graceful stop (SIGTERM): the replica stops its CamelContext. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
