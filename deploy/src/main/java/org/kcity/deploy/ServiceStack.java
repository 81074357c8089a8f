package org.kcity.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole program on this machine: a real PostgreSQL (found or started), a real Kafka broker and the four
 * services from their built jars, each started and awaited until ready. Used by the local run and by the
 * end-to-end test, which differ only in their {@link Settings}.
 */
public final class ServiceStack implements AutoCloseable {

    /** The four services, in hand-off order, with the port and database each uses in the local run. */
    public enum Service {
        APPLICATIONS("applications-service", "applications", 8081),
        SELECTION("selection-service", "selection", 8082),
        BUDGET("budget-service", "budget", 8083),
        EXECUTORS("executor-service", "executors", 8084);

        public final String module;
        final String databaseSuffix;
        final int standardPort;

        Service(String module, String databaseSuffix, int standardPort) {
            this.module = module;
            this.databaseSuffix = databaseSuffix;
            this.standardPort = standardPort;
        }

        Path jar(Path root) {
            return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    /**
     * @param databasePrefix  databases are named {@code <prefix>_<stage>}
     * @param freshDatabases  drop and recreate them (tests) or keep their data (local run)
     * @param standardPorts   8081-8084 and Kafka on 9092 (local run) or free ports (tests)
     */
    public record Settings(String databasePrefix, boolean freshDatabases, boolean standardPorts) {
        public static final Settings LOCAL_RUN = new Settings("kcity", false, true);
        public static final Settings END_TO_END_TEST = new Settings("kcity_e2e", true, false);
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path root;
    private final Path home;
    private final Settings settings;
    private final Map<Service, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;

    private ServiceStack(Path root, Path home, Settings settings) {
        this.root = root.toAbsolutePath();
        this.home = home.toAbsolutePath();
        this.settings = settings;
    }

    /** Starts everything and returns once every service answers ready; on failure stops what it started. */
    public static ServiceStack start(Path root, Path home, Settings settings) {
        ServiceStack stack = new ServiceStack(root, home, settings);
        try {
            stack.startAll();
            return stack;
        } catch (IOException e) {
            stack.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        } catch (InterruptedException e) {
            stack.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the stack", e);
        }
    }

    public String baseUrl(Service service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public Path logOf(Service service) {
        return home.resolve("logs/" + service.module + ".log");
    }

    @Override
    public synchronized void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private void startAll() throws IOException, InterruptedException {
        Files.createDirectories(home.resolve("logs"));
        for (Service service : Service.values()) {
            if (!Files.exists(service.jar(root))) {
                throw new IllegalStateException("Missing " + service.jar(root) + ": package the services first");
            }
            ports.put(service, settings.standardPorts() ? requireFree(service) : FreePorts.next());
        }
        progress("PostgreSQL", "locating");
        postgres = PostgresServer.locate(home.resolve("postgres"));
        for (Service service : Service.values()) {
            if (settings.freshDatabases()) {
                postgres.recreateDatabase(database(service));
            } else {
                postgres.ensureDatabase(database(service));
            }
        }
        progress("PostgreSQL", "ready at " + postgres.jdbcUrl(""));

        progress("Kafka", "starting");
        kafka = settings.standardPorts()
                ? new KafkaBroker(home.resolve("kafka"), portOr(9092), portOr(9093))
                : KafkaBroker.onFreePorts(home.resolve("kafka"));
        kafka.start();
        progress("Kafka", "ready at " + kafka.bootstrapServers());

        Path publicKey = home.resolve("dev-jwt-public.pem");
        try (InputStream key = ServiceStack.class.getResourceAsStream("/" + DevTokens.PUBLIC_KEY_RESOURCE)) {
            Files.write(publicKey, key.readAllBytes());
        }
        for (Service service : Service.values()) {
            processes.add(launch(service, publicKey));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (Service service : Service.values()) {
            awaitReady(http, service, processes.get(service.ordinal()));
        }
    }

    private String database(Service service) {
        return settings.databasePrefix() + "_" + service.databaseSuffix;
    }

    private Process launch(Service service, Path publicKey) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", service.jar(root).toString())
                .redirectErrorStream(true)
                .redirectOutput(logOf(service).toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(service)));
        env.put("KCITY_DB_JDBC_URL", postgres.jdbcUrl(database(service)));
        env.put("KCITY_DB_USER", postgres.user());
        env.put("KCITY_DB_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("KCITY_JWT_PUBLIC_KEY", publicKey.toString());
        env.put("KCITY_JWT_ISSUER", DevTokens.ISSUER);
        progress(service.module, "starting on port " + ports.get(service));
        return builder.start();
    }

    private void awaitReady(HttpClient http, Service service, Process process) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module + " exited during start-up: see " + logOf(service));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    progress(service.module, "ready");
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service.module + " not ready within " + READY_TIMEOUT + ": see " + logOf(service));
    }

    private static int requireFree(Service service) {
        if (!FreePorts.isFree(service.standardPort)) {
            throw new IllegalStateException("Port " + service.standardPort + " for " + service.module + " is taken");
        }
        return service.standardPort;
    }

    private static int portOr(int preferred) {
        return FreePorts.isFree(preferred) ? preferred : FreePorts.next();
    }

    private static void progress(String what, String state) {
        System.out.printf("%-22s %s%n", what, state);
    }
}
