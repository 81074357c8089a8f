package org.kcity.deploy;

import java.io.IOException;
import java.io.InputStream;
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
 * Runs the whole program on this machine: a real PostgreSQL (found or started), a real Kafka broker, and the
 * four services from their built jars; waits until each is ready, prints their URLs and a token per role, and
 * stops everything on Ctrl-C. With {@code --check} it stops as soon as all are ready (a smoke test).
 *
 * <p>Usage: {@code LocalRun <repository root> [--check]}; {@code deploy/run-local.sh} builds and calls it.
 */
public final class LocalRun {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    record Service(String module, String database, int port) {
        Path jar(Path root) {
            return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("applications-service", "kcity_applications", 8081),
            new Service("selection-service", "kcity_selection", 8082),
            new Service("budget-service", "kcity_budget", 8083),
            new Service("executor-service", "kcity_executors", 8084));

    private final Path root;
    private final Path home;
    private final List<Process> running = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;

    private LocalRun(Path root) {
        this.root = root.toAbsolutePath();
        this.home = this.root.resolve("deploy/target/local-run");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LocalRun <repository root> [--check]");
            System.exit(2);
        }
        LocalRun run = new LocalRun(Path.of(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(run::stopAll, "local-run-stop"));
        Instant started = Instant.now();
        run.startAll();
        System.out.printf("%nAll services ready in %d s.%n", Duration.between(started, Instant.now()).toSeconds());
        run.printGuide();
        if (List.of(args).contains("--check")) {
            System.exit(0);
        }
        System.out.println("Press Ctrl-C to stop everything.");
        Thread.currentThread().join();
    }

    private void startAll() throws IOException, InterruptedException {
        Files.createDirectories(home.resolve("logs"));
        for (Service service : SERVICES) {
            if (!Files.exists(service.jar(root))) {
                throw new IllegalStateException("Missing " + service.jar(root) + ": build first (deploy/run-local.sh does)");
            }
            if (!FreePorts.isFree(service.port())) {
                throw new IllegalStateException("Port " + service.port() + " for " + service.module() + " is taken");
            }
        }
        step("PostgreSQL");
        postgres = PostgresServer.locate(home.resolve("postgres"));
        SERVICES.forEach(service -> postgres.ensureDatabase(service.database()));
        System.out.println("ready at " + postgres.jdbcUrl(""));

        step("Kafka");
        kafka = new KafkaBroker(home.resolve("kafka"), portOr(9092), portOr(9093));
        kafka.start();
        System.out.println("ready at " + kafka.bootstrapServers());

        Path publicKey = home.resolve("dev-jwt-public.pem");
        try (InputStream key = LocalRun.class.getResourceAsStream("/" + DevTokens.PUBLIC_KEY_RESOURCE)) {
            Files.write(publicKey, key.readAllBytes());
        }
        for (Service service : SERVICES) {
            running.add(launch(service, publicKey));
        }
        for (int i = 0; i < SERVICES.size(); i++) {
            awaitReady(SERVICES.get(i), running.get(i));
        }
    }

    private Process launch(Service service, Path publicKey) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", service.jar(root).toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("logs/" + service.module() + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("KCITY_DB_JDBC_URL", postgres.jdbcUrl(service.database()));
        env.put("KCITY_DB_USER", postgres.user());
        env.put("KCITY_DB_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("KCITY_JWT_PUBLIC_KEY", publicKey.toString());
        env.put("KCITY_JWT_ISSUER", DevTokens.ISSUER);
        step(service.module());
        System.out.println("starting on port " + service.port());
        return builder.start();
    }

    private void awaitReady(Service service, Process process) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited: see " + home.resolve("logs/" + service.module() + ".log"));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    step(service.module());
                    System.out.println("ready");
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.module() + " not ready within " + READY_TIMEOUT + ": see "
                + home.resolve("logs/" + service.module() + ".log"));
    }

    private void printGuide() {
        System.out.println();
        for (Service service : SERVICES) {
            System.out.printf("  %-22s http://localhost:%d/q/swagger-ui   (OpenAPI: /q/openapi, health: /q/health)%n",
                    service.module(), service.port());
        }
        System.out.println("  logs                   " + home.resolve("logs"));
        System.out.println("\nBearer tokens (12 h) of the development issuer, one per role:");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("program-officer", DevTokens.mint("officer-kim", "molit", null, List.of("program-officer")));
        tokens.put("applicant (org gov-vn-hanoi)", DevTokens.mint("applicant-nguyen", "gov-vn-hanoi", null, List.of("applicant")));
        tokens.put("applicant (org kr-smart-co)", DevTokens.mint("applicant-park", "kr-smart-co", null, List.of("applicant")));
        tokens.put("evaluator", DevTokens.mint("evaluator-lee", "kaia", null, List.of("evaluator")));
        tokens.put("overseas-official (VN)", DevTokens.mint("official-tran", "gov-vn", "VN", List.of("overseas-official")));
        tokens.put("bidder (org kr-urban-eng)", DevTokens.mint("bidder-choi", "kr-urban-eng", null, List.of("bidder")));
        tokens.put("viewer", DevTokens.mint("viewer-press", "press", null, List.of("viewer")));
        tokens.forEach((role, token) -> System.out.printf("%n  %s:%n  %s%n", role, token));
        System.out.println();
    }

    private void stopAll() {
        for (Process process : running) {
            process.destroy();
        }
        for (Process process : running) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
        System.out.println("Stopped.");
    }

    private static int portOr(int preferred) {
        return FreePorts.isFree(preferred) ? preferred : FreePorts.next();
    }

    private static void step(String name) {
        System.out.printf("%-22s ", name);
    }
}
