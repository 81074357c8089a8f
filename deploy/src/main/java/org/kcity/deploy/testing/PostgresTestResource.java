package org.kcity.deploy.testing;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.kcity.deploy.PostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A clean database of the module's own on a real PostgreSQL server, created empty once per test JVM;
 * Flyway builds the schema when the application starts. Its name is the init argument {@code database},
 * else the system property {@code kcity.test.database} that the build sets per module. With {@code server=throwaway}
 * (the init argument, else the system property {@code kcity.test.postgres-server}) the server is a cluster of the
 * test JVM's own, which fault tests may stop and start through {@link #server()}.
 *
 * <p>This resource and {@link KafkaTestResource} are the test kit of every module: they are registered in this
 * module's {@code META-INF/services}, so every {@code @QuarkusTest} of a module that has {@code kcity-deploy} on its
 * test class path runs against them without declaring anything.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer server;
    private static final Set<String> CREATED = new HashSet<>();

    private String database;
    private boolean throwaway;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", System.getProperty("kcity.test.database", "kcity_test"))
                .replace('-', '_');
        throwaway = "throwaway".equals(initArgs.getOrDefault("server", System.getProperty("kcity.test.postgres-server")));
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = server(throwaway);
        synchronized (CREATED) {
            if (CREATED.add(database)) {
                postgres.recreateDatabase(database);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        // The database stays for the next application start in this JVM; the next run recreates it.
    }

    /** The server the tests of this JVM use. */
    public static synchronized PostgresServer server() {
        if (server == null) {
            throw new IllegalStateException("No test application has started yet");
        }
        return server;
    }

    private static synchronized PostgresServer server(boolean throwaway) {
        if (server == null) {
            Path home = Path.of("target", "kcity-postgres");
            server = throwaway ? PostgresServer.throwaway(home) : PostgresServer.locate(home);
        }
        return server;
    }
}
