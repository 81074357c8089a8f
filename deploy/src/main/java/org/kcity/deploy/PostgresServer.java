package org.kcity.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server, found or started in this order:
 * <ol>
 * <li>the server that {@code KCITY_DB_URL} names ({@code jdbc:postgresql://host:port/db}, with
 * {@code KCITY_DB_USER} and {@code KCITY_DB_PASSWORD}); the user must be allowed to create databases;</li>
 * <li>the server on 127.0.0.1:5432, if it answers for user {@code postgres} (unless {@code KCITY_DB_THROWAWAY=true});</li>
 * <li>a throwaway cluster made with the machine's {@code initdb} and {@code pg_ctl} in {@code home},
 * run as the unprivileged {@code postgres} user when this JVM runs as root, and removed by {@link #close()}.</li>
 * </ol>
 */
public final class PostgresServer implements AutoCloseable {

    private static final String DEFAULT_HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 5432;
    private static final AtomicInteger THROWAWAY_CLUSTERS = new AtomicInteger();

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String adminDatabase;
    private final Path ownedCluster;
    private boolean closed;

    private PostgresServer(String host, int port, String user, String password, String adminDatabase, Path ownedCluster) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.adminDatabase = adminDatabase;
        this.ownedCluster = ownedCluster;
    }

    public static PostgresServer locate(Path home) {
        String configured = System.getenv("KCITY_DB_URL");
        if (configured != null && !configured.isBlank()) {
            URI uri = URI.create(configured.replaceFirst("^jdbc:", ""));
            return new PostgresServer(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORT,
                    envOr("KCITY_DB_USER", "postgres"), envOr("KCITY_DB_PASSWORD", ""),
                    uri.getPath().length() > 1 ? uri.getPath().substring(1) : "postgres", null);
        }
        PostgresServer local = new PostgresServer(DEFAULT_HOST, DEFAULT_PORT, "postgres", "", "postgres", null);
        boolean throwawayWanted = Boolean.parseBoolean(System.getenv("KCITY_DB_THROWAWAY"));
        if (!throwawayWanted && FreePorts.answers(DEFAULT_HOST, DEFAULT_PORT) && local.accepts()) {
            return local;
        }
        return throwaway(home);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Drops {@code database} if it exists and creates it empty. */
    public void recreateDatabase(String database) {
        execute("DROP DATABASE IF EXISTS " + quoted(database) + " WITH (FORCE)", "CREATE DATABASE " + quoted(database));
    }

    /** Creates {@code database} unless it exists, keeping its data. */
    public void ensureDatabase(String database) {
        try (Connection connection = adminConnection();
                var query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            if (!query.executeQuery().next()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + quoted(database));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " on " + jdbcUrl(adminDatabase), e);
        }
    }

    @Override
    public synchronized void close() {
        if (ownedCluster == null || closed) {
            return;
        }
        closed = true;
        Path data = ownedCluster.resolve("data");
        if (Files.exists(data.resolve("postmaster.pid"))) {
            run(asPostgresUser(List.of(tool("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop")),
                    ownedCluster.resolve("pg_ctl.log"));
        }
        deleteRecursively(ownedCluster);
    }

    private boolean accepts() {
        try (Connection ignored = adminConnection()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection adminConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(jdbcUrl(adminDatabase), properties);
    }

    private void execute(String... statements) {
        try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + String.join("; ", statements), e);
        }
    }

    /**
     * A cluster of this JVM's own, made with the machine's {@code initdb} in {@code home} and removed by
     * {@link #close()}: the one a test may stop and start again ({@link #stopAbruptly()}, {@link #start()}).
     */
    public static PostgresServer throwaway(Path home) {
        try {
            Path cluster = Files.createDirectories(home.toAbsolutePath()).resolve("cluster-" + ProcessHandle.current().pid()
                    + "-" + THROWAWAY_CLUSTERS.incrementAndGet());
            deleteRecursively(cluster);
            Files.createDirectories(cluster);
            if (isRoot()) {
                run(List.of("chown", "-R", "postgres", cluster.toString()), null);
            }
            run(asPostgresUser(List.of(tool("initdb").toString(), "-D", cluster.resolve("data").toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-locale")), cluster.resolve("initdb.log"));
            PostgresServer server = new PostgresServer(DEFAULT_HOST, FreePorts.next(), "postgres", "", "postgres", cluster);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "throwaway-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a throwaway PostgreSQL cluster in " + home, e);
        }
    }

    /** The server's log, when this JVM runs the server (a throwaway cluster); empty for a server run by others. */
    public Optional<Path> serverLog() {
        return Optional.ofNullable(ownedCluster).map(cluster -> cluster.resolve("server.log"));
    }

    /** Starts this JVM's own cluster (again, after {@link #stopAbruptly()}), on the same port with the same data. */
    public synchronized void start() {
        requireOwned();
        run(asPostgresUser(List.of(tool("pg_ctl").toString(), "-D", ownedCluster.resolve("data").toString(), "-l",
                ownedCluster.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + ownedCluster, "start")), ownedCluster.resolve("pg_ctl.log"));
    }

    /** Stops this JVM's own cluster the way a crash would: every connection dropped, recovery at the next start. */
    public synchronized void stopAbruptly() {
        requireOwned();
        run(asPostgresUser(List.of(tool("pg_ctl").toString(), "-D", ownedCluster.resolve("data").toString(),
                "-m", "immediate", "-w", "stop")), ownedCluster.resolve("pg_ctl.log"));
    }

    private void requireOwned() {
        if (ownedCluster == null) {
            throw new IllegalStateException("Only a throwaway cluster of this JVM's own can be stopped and started");
        }
    }

    /** The machine's PostgreSQL program {@code name} ({@code initdb}, {@code pgbench}, ...), on the PATH or beside the server. */
    public static Path tool(String name) {
        Stream<Path> candidates = Stream.concat(
                Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator)).map(Path::of),
                postgresqlLibDirectories());
        return candidates.map(dir -> dir.resolve(name)).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("No PostgreSQL server answers on 127.0.0.1:5432 and no '"
                        + name + "' was found to start one: install PostgreSQL or set KCITY_DB_URL"));
    }

    private static Stream<Path> postgresqlLibDirectories() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.sorted(Comparator.reverseOrder()).map(version -> version.resolve("bin")).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static List<String> asPostgresUser(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command, Path log) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' failed" + (log == null ? "" : ": see " + log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unsafe database name: " + identifier);
        }
        return '"' + identifier + '"';
    }

    private static String envOr(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }
}
