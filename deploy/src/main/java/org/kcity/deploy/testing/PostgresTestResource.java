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
 * else the system property {@code kcity.test.database} that the build sets per module.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer server;
    private static final Set<String> CREATED = new HashSet<>();

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", System.getProperty("kcity.test.database", "kcity_test"))
                .replace('-', '_');
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = server();
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

    private static synchronized PostgresServer server() {
        if (server == null) {
            server = PostgresServer.locate(Path.of("target", "kcity-postgres"));
        }
        return server;
    }
}
