package dev.seed.camel.timelinesai.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.internal.json.JsonSupport;

/**
 * A child JVM on this JVM's class path running one of the harness's mains; the child reports through lines
 * {@code READY} and {@code RESULT <json>} on its standard output, and stops when its standard input closes.
 */
final class JvmFork implements AutoCloseable {
    static final String READY = "READY";
    static final String RESULT = "RESULT ";

    private final Process process;
    private final BufferedReader out;

    private JvmFork(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static JvmFork start(List<String> jvmArgs, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new JvmFork(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** Waits for the child's {@code READY} line (its standard output up to there is dropped). */
    void awaitReady() throws IOException {
        readUntil(READY);
    }

    /** Closes the child's standard input (its signal to finish) and returns its {@code RESULT} document. */
    JsonNode finish(long timeoutSeconds) throws IOException, InterruptedException {
        OutputStream in = process.getOutputStream();
        in.close();
        String line = readUntil(RESULT);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("child JVM " + process.pid() + " did not exit in " + timeoutSeconds + " s");
        }
        return JsonSupport.mapper().readTree(line.substring(RESULT.length()));
    }

    private String readUntil(String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IOException("child JVM ended (exit " + exitCode() + ") before printing " + prefix.trim());
    }

    private String exitCode() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
