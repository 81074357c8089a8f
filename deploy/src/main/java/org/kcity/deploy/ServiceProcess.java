package org.kcity.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service ({@code quarkus-run.jar}) running as its own process, with its settings in the environment
 * and its output in a log file. It can be awaited until ready, stopped cleanly, killed as a crash would, and started
 * again with the same settings.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private Instant started;

    private ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** Starts the service on {@code port} without waiting for it; see {@link #awaitReady()}. */
    public static ServiceProcess launch(String name, Path jar, int port, Map<String, String> environment, Path log) {
        ServiceProcess service = new ServiceProcess(name, jar, port, environment, log);
        service.start();
        return service;
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** Starts the process (again), with the same settings; its output is appended to the log. */
    public synchronized void start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmOptions.production(jar));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(JvmOptions.environment());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            started = Instant.now();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** The operating system's id of the running process. */
    public synchronized long pid() {
        return process.pid();
    }

    /**
     * Returns once {@code /q/health/ready} answers 200, with the time from the process start until then; fails if the
     * process exits or takes too long.
     */
    public Duration awaitReady() {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up: see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            KafkaBroker.sleep(Duration.ofMillis(20));
        }
        throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT + ": see " + log);
    }

    /** Ends the process the way a crash would (SIGKILL): no shutdown hooks, no goodbye to the broker. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(30));
        }
    }

    @Override
    public synchronized void close() {
        stopAll(List.of(this));
    }

    /** Stops every process cleanly at once (SIGTERM), and kills the ones that take longer than 20 s. */
    public static void stopAll(List<ServiceProcess> services) {
        services.stream().filter(service -> service.process != null).forEach(service -> service.process.destroy());
        services.stream().filter(service -> service.process != null).forEach(service -> {
            if (!waitFor(service.process, Duration.ofSeconds(20))) {
                service.process.destroyForcibly();
            }
        });
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
