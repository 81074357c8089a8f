package org.kcity.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

        public Path jar(Path root) {
            return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    /**
     * @param databasePrefix  databases are named {@code <prefix>_<stage>}
     * @param freshDatabases  drop and recreate them and start the broker empty (tests, benchmark) or keep their data
     *                        (local run)
     * @param standardPorts   8081-8084 and Kafka on 9092 (local run) or free ports (tests)
     */
    public record Settings(String databasePrefix, boolean freshDatabases, boolean standardPorts) {
        public static final Settings LOCAL_RUN = new Settings("kcity", false, true);
        public static final Settings END_TO_END_TEST = new Settings("kcity_e2e", true, false);
        public static final Settings BENCHMARK = new Settings("kcity_bench", true, false);
    }

    private final Path root;
    private final Path home;
    private final Settings settings;
    private final Map<Service, Integer> ports = new LinkedHashMap<>();
    private final List<ServiceProcess> processes = new ArrayList<>();
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

    public ServiceProcess process(Service service) {
        return processes.get(service.ordinal());
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public Path logOf(Service service) {
        return home.resolve("logs/" + service.module + ".log");
    }

    @Override
    public synchronized void close() {
        ServiceProcess.stopAll(processes);
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
        if (settings.freshDatabases()) {
            // Events of an earlier run would reach consumers whose databases no longer know them.
            PostgresServer.deleteRecursively(home.resolve("kafka"));
        }
        kafka = settings.standardPorts()
                ? new KafkaBroker(home.resolve("kafka"), portOr(9092), portOr(9093))
                : KafkaBroker.onFreePorts(home.resolve("kafka"));
        kafka.start();
        progress("Kafka", "ready at " + kafka.bootstrapServers());

        Path publicKey = writeDevPublicKey(home.resolve("dev-jwt-public.pem"));
        for (Service service : Service.values()) {
            processes.add(launch(service, publicKey));
        }
        for (ServiceProcess process : processes) {
            process.awaitReady();
            progress(process.name(), "ready");
        }
    }

    public String database(Service service) {
        return settings.databasePrefix() + "_" + service.databaseSuffix;
    }

    private ServiceProcess launch(Service service, Path publicKey) {
        progress(service.module, "starting on port " + ports.get(service));
        return ServiceProcess.launch(service.module, service.jar(root), ports.get(service),
                serviceEnvironment(postgres, database(service), kafka.bootstrapServers(), publicKey), logOf(service));
    }

    /**
     * The settings of a service process: its database, the broker and the development token issuer's key, which only
     * the {@code local} profile accepts (the production profile refuses it: {@code DevelopmentKeyGuard}).
     */
    public static Map<String, String> serviceEnvironment(PostgresServer postgres, String database, String kafkaServers,
            Path publicKey) {
        return Map.of(
                "QUARKUS_PROFILE", "local",
                "KCITY_DB_JDBC_URL", postgres.jdbcUrl(database),
                "KCITY_DB_USER", postgres.user(),
                "KCITY_DB_PASSWORD", postgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", kafkaServers,
                "KCITY_JWT_PUBLIC_KEY", publicKey.toString(),
                "KCITY_JWT_ISSUER", DevTokens.ISSUER);
    }

    /** Writes the development token issuer's public key to {@code file}, for services started as processes. */
    public static Path writeDevPublicKey(Path file) throws IOException {
        try (InputStream key = ServiceStack.class.getResourceAsStream("/" + DevTokens.PUBLIC_KEY_RESOURCE)) {
            Files.write(file, key.readAllBytes());
        }
        return file;
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
