package org.kcity.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kcity.deploy.PostgresServer;

/**
 * The database's ceiling for a request: {@code pgbench} running one of {@code deploy/bench/pgbench/*.sql} (the
 * statements the service sends for that request) with as many clients as the HTTP run had connections.
 */
final class Pgbench {

    /** Drafts of organizations of their own, for {@code submit.sql}: {@code pgbench-draft-1} ... */
    static final int DRAFTS = 20_000;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** Transactions per second and the mean latency in milliseconds. */
    record Result(String script, int clients, double perSecond, double meanMillis) {
    }

    private final PostgresServer postgres;
    private final String database;
    private final Path scripts;
    private final String callId;

    Pgbench(PostgresServer postgres, String database, Path scripts, String callId) {
        this.postgres = postgres;
        this.database = database;
        this.scripts = scripts;
        this.callId = callId;
    }

    /** Makes the drafts that {@code submit.sql} submits (again and again: its UPDATE does not check the status). */
    void seedDrafts() {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO application (id, version, call_id, organization_id, track, status, site_country, city, title,
                          summary, applicant_name, applicant_kind, applicant_country, requested_support, contact_name,
                          contact_email, created_at, updated_at)
                        SELECT 'pgbench-draft-' || g, 0, ?, 'org-pgbench-' || g, 'URBAN_DEVELOPMENT', 'DRAFT', 'VN', 'Da Nang',
                          'Smart city master plan', 'A master plan for a smart new town.', 'Da Nang People''s Committee',
                          'LOCAL_GOVERNMENT', 'VN', 500000000, 'Nguyen Van A', 'a@danang.gov.vn', now(), now()
                        FROM generate_series(1, ?) g""")) {
            insert.setString(1, callId);
            insert.setInt(2, DRAFTS);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed the pgbench drafts", e);
        }
    }

    Result run(String script, int clients, Duration length) {
        List<String> command = new ArrayList<>(List.of(PostgresServer.tool("pgbench").toString(), "-n", "-M", "prepared",
                "-h", postgres.host(), "-p", Integer.toString(postgres.port()), "-U", postgres.user(),
                "-c", Integer.toString(clients), "-j", "2", "-T", Long.toString(length.toSeconds()),
                "-D", "call=" + callId, "-D", "drafts=" + DRAFTS, "-f", scripts.resolve(script).toString(), database));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", postgres.password());
        try {
            Process pgbench = builder.start();
            String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (pgbench.waitFor() != 0) {
                throw new IllegalStateException("pgbench " + script + " failed:\n" + output);
            }
            return new Result(script, clients, number(TPS, output), number(LATENCY, output));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run pgbench", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pgbench ran", e);
        }
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench printed no '" + pattern + "':\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
