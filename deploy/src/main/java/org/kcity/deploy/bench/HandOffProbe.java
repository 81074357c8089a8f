package org.kcity.deploy.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kcity.deploy.KafkaBroker;
import org.kcity.deploy.PostgresServer;

/**
 * Watches the hand-off of {@code application.submitted} from applications-service's outbox to selection-service's
 * inbox, in the two databases (one server, so one clock): how long each event took from its outbox row to its inbox
 * row, and how fast the consumer works off a backlog.
 */
final class HandOffProbe {

    static final String SUBMITTED = "kcity.application.submitted.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Latencies in microseconds of the events that arrived, and how many never did within the patience. */
    record Latency(int events, int missing, long p50, long p99, long max) {
    }

    /** Events applied per second from a backlog of {@code events} outbox rows. */
    record CatchUp(int events, int applied, double perSecond) {
    }

    private final PostgresServer postgres;
    private final String outboxDatabase;
    private final String inboxDatabase;

    HandOffProbe(PostgresServer postgres, String outboxDatabase, String inboxDatabase) {
        this.postgres = postgres;
        this.outboxDatabase = outboxDatabase;
        this.inboxDatabase = inboxDatabase;
    }

    /** Waits until the consumer has applied every submission relayed so far: a hand-off is measured on an idle queue. */
    void awaitDrained(Duration limit) throws SQLException {
        Instant deadline = Instant.now().plus(limit);
        while (count(outboxDatabase, "SELECT count(*) FROM outbox_event WHERE type = ? AND subject NOT LIKE 'pgbench-%'")
                > count(inboxDatabase, "SELECT count(*) FROM inbox_event WHERE type = ?") && Instant.now().isBefore(deadline)) {
            KafkaBroker.sleep(Duration.ofMillis(500));
        }
    }

    private long count(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, SUBMITTED);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The hand-off latency of the submissions whose outbox rows were written between {@code from} and {@code to}. */
    Latency latencyOfEventsBetween(Instant from, Instant to) throws SQLException {
        Map<String, Instant> written = new HashMap<>();
        try (Connection outbox = connect(outboxDatabase); PreparedStatement query = outbox.prepareStatement(
                "SELECT id::text, occurred_at FROM outbox_event WHERE type = ? AND occurred_at >= ? AND occurred_at < ?")) {
            query.setString(1, SUBMITTED);
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    written.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
        }
        Map<String, Instant> received = awaitInbox(written.keySet().stream().toList());
        long[] latencies = received.entrySet().stream()
                .mapToLong(event -> Duration.between(written.get(event.getKey()), event.getValue()).toNanos() / 1_000)
                .sorted().toArray();
        return new Latency(latencies.length, written.size() - latencies.length, HttpLoad.percentile(latencies, 0.5),
                HttpLoad.percentile(latencies, 0.99), latencies.length == 0 ? 0 : latencies[latencies.length - 1]);
    }

    /**
     * Writes {@code events} copies of a real submission (each a new application) to the outbox in one transaction and
     * measures the consumer from its first to its last inbox row.
     */
    CatchUp catchUp(int events, Duration limit) throws SQLException {
        Instant written;
        try (Connection outbox = connect(outboxDatabase); PreparedStatement insert = outbox.prepareStatement("""
                INSERT INTO outbox_event (id, type, subject, topic, payload, occurred_at)
                SELECT gen_random_uuid(), e.type, 'catch-up-' || g, e.topic,
                       jsonb_set(e.payload, '{applicationId}', to_jsonb('catch-up-' || g)), now()
                FROM (SELECT * FROM outbox_event WHERE type = ? ORDER BY sequence LIMIT 1) e, generate_series(1, ?) g
                RETURNING occurred_at""")) {
            insert.setString(1, SUBMITTED);
            insert.setInt(2, events);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                written = rows.getTimestamp(1).toInstant();
            }
        }
        Instant deadline = Instant.now().plus(limit);
        try (Connection inbox = connect(inboxDatabase); PreparedStatement query = inbox.prepareStatement(
                "SELECT count(*), min(received_at), max(received_at) FROM inbox_event WHERE received_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(written));
            while (true) {
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    int applied = row.getInt(1);
                    if (applied >= events || Instant.now().isAfter(deadline)) {
                        double seconds = applied < 2 ? 0
                                : Duration.between(row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant()).toNanos() / 1e9;
                        return new CatchUp(events, applied, seconds == 0 ? 0 : applied / seconds);
                    }
                }
                KafkaBroker.sleep(Duration.ofMillis(500));
            }
        }
    }

    private Map<String, Instant> awaitInbox(List<String> ids) throws SQLException {
        Map<String, Instant> received = new HashMap<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        try (Connection inbox = connect(inboxDatabase); PreparedStatement query = inbox.prepareStatement(
                "SELECT event_id, received_at FROM inbox_event WHERE event_id = ANY (?)")) {
            while (received.size() < ids.size() && Instant.now().isBefore(deadline)) {
                List<String> waiting = new ArrayList<>(ids);
                waiting.removeAll(received.keySet());
                query.setArray(1, inbox.createArrayOf("varchar", waiting.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        received.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                    }
                }
                if (received.size() < ids.size()) {
                    KafkaBroker.sleep(Duration.ofMillis(200));
                }
            }
        }
        return received;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
    }
}
