package org.kcity.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kcity.deploy.KafkaBroker;
import org.kcity.deploy.PostgresServer;

/**
 * The statements a service sent to PostgreSQL for one request, read from the server's own statement log
 * ({@code log_statement = 'all'} for the moment of the request), and the check that a pgbench script sends the same
 * ones: the same kinds of statement on the same tables with the same row locks, in the same order. The pgbench ceiling
 * is only a ceiling for the service's own SQL; this check says whether it still is one after the service changed.
 *
 * <p>It needs the server's log, so it works on a throwaway cluster the benchmark runs itself.
 */
final class StatementLog {

    /** A script checked against the statements logged for its request. */
    record Check(String script, boolean matches, List<String> logged, List<String> scripted) {
    }

    /** {@code 2026-11-26 15:20:01.123 UTC [12345] LOG:  execute <unnamed>: SELECT ...} (PostgreSQL's default prefix). */
    private static final Pattern ENTRY = Pattern.compile("^\\S+ \\S+ \\S+ \\[(\\d+)] (\\w+):  (.*)$");
    private static final Pattern EXECUTED = Pattern.compile("^(?:execute [^:]+|statement): (.*)$", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|into|update)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern FUNCTION = Pattern.compile("^select\\s+(pg_[a-z_]+)\\(");
    private static final Pattern ROW_LOCK = Pattern.compile("\\bfor (no key update|key share|update|share)\\b");

    private record Executed(long pid, String sql, StringBuilder parameters) {
    }

    private final PostgresServer postgres;
    private final Path serverLog;
    private final Path output;

    private StatementLog(PostgresServer postgres, Path serverLog, Path output) {
        this.postgres = postgres;
        this.serverLog = serverLog;
        this.output = output;
    }

    /** The statement log of the server, if the benchmark runs it; else empty. */
    static Optional<StatementLog> of(PostgresServer postgres, Path output) {
        return postgres.serverLog().map(log -> new StatementLog(postgres, log, output));
    }

    /**
     * Logs every statement while {@code request} runs and keeps the transaction that carried {@code marker} (a value
     * the request sends, such as its idempotency key): its statements, in order, are written to
     * {@code <output>/<name>.log} and returned.
     */
    List<String> statementsOf(String name, String marker, Runnable request) {
        long from = size();
        setLogStatement("all");
        try {
            request.run();
        } finally {
            setLogStatement("none");
        }
        KafkaBroker.sleep(Duration.ofMillis(300));
        List<String> statements = transactionCarrying(marker, executedSince(from));
        write(name + ".log", String.join(";\n\n", statements) + ";\n");
        return statements;
    }

    /** Compares the statements of {@code script} (a pgbench file) with those logged for its request. */
    static Check check(Path script, List<String> logged) {
        List<String> scripted = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : read(script).split("\n")) {
            if (line.startsWith("\\") || line.isBlank()) {
                continue;
            }
            statement.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                scripted.add(statement.toString().strip().replaceAll(";$", ""));
                statement.setLength(0);
            }
        }
        List<String> loggedShapes = shapes(logged);
        List<String> scriptedShapes = shapes(scripted);
        return new Check(script.getFileName().toString(), loggedShapes.equals(scriptedShapes), loggedShapes, scriptedShapes);
    }

    /** What a statement does, without its values: kind, table or function, row lock and conflict clause. */
    static String shape(String sql) {
        String text = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        String kind = text.split(" ", 2)[0];
        Matcher function = FUNCTION.matcher(text);
        if (function.find()) {
            return kind + " " + function.group(1);
        }
        Matcher table = TABLE.matcher(text);
        Matcher lock = ROW_LOCK.matcher(text);
        return kind + (table.find() ? " " + table.group(1) : "") + (lock.find() ? " for " + lock.group(1) : "")
                + (text.contains(" on conflict ") ? " on conflict" : "");
    }

    /**
     * The shapes of the statements that do the request's work: without the transaction's own {@code BEGIN} and
     * {@code COMMIT}, and without the JDBC driver's look-ups of a type it has not seen yet on that connection (once per
     * connection, not per request).
     */
    private static List<String> shapes(List<String> statements) {
        return statements.stream().map(StatementLog::shape)
                .filter(shape -> !shape.equals("begin") && !shape.equals("commit") && !shape.startsWith("select pg_catalog")
                        && !shape.startsWith("select pg_type"))
                .toList();
    }

    private static List<String> transactionCarrying(String marker, List<Executed> executed) {
        Map<Long, List<Executed>> open = new HashMap<>();
        for (Executed statement : executed) {
            List<Executed> transaction = open.computeIfAbsent(statement.pid(), pid -> new ArrayList<>());
            transaction.add(statement);
            String kind = shape(statement.sql());
            if (kind.equals("commit") || kind.equals("rollback")) {
                if (transaction.stream().anyMatch(s -> s.parameters().indexOf(marker) >= 0 || s.sql().contains(marker))) {
                    return transaction.stream().map(Executed::sql).toList();
                }
                transaction.clear();
            }
        }
        throw new IllegalStateException("No logged transaction carried " + marker);
    }

    private List<Executed> executedSince(long offset) {
        String log;
        try {
            byte[] bytes = Files.readAllBytes(serverLog);
            log = new String(bytes, (int) Math.min(offset, bytes.length), bytes.length - (int) Math.min(offset, bytes.length),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Executed> executed = new ArrayList<>();
        Executed last = null;
        boolean inStatement = false;
        for (String line : log.split("\n")) {
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                if (inStatement) {
                    executed.set(executed.size() - 1, last = new Executed(last.pid(), last.sql() + "\n" + line, last.parameters()));
                }
                continue;
            }
            long pid = Long.parseLong(entry.group(1));
            Matcher statement = EXECUTED.matcher(entry.group(3));
            inStatement = entry.group(2).equals("LOG") && statement.matches();
            if (inStatement) {
                executed.add(last = new Executed(pid, statement.group(1), new StringBuilder()));
            } else if (entry.group(2).equals("DETAIL") && last != null && last.pid() == pid) {
                last.parameters().append(entry.group(3));
            }
        }
        return executed;
    }

    private void setLogStatement(String value) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password());
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER SYSTEM SET log_statement = '" + value + "'");
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set log_statement", e);
        }
        KafkaBroker.sleep(Duration.ofMillis(300));
    }

    private long size() {
        try {
            return Files.size(serverLog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String text) {
        try {
            Files.createDirectories(output);
            Files.writeString(output.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
