package org.kcity.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kcity.deploy.FreePorts;
import org.kcity.deploy.PostgresServer;
import org.kcity.deploy.ServiceProcess;
import org.kcity.deploy.ServiceStack;
import org.kcity.deploy.testing.EventLog;
import org.kcity.deploy.testing.KafkaTestResource;
import org.kcity.selection.support.TestCall;
import org.kcity.selection.support.UpstreamEvents;
import org.kcity.selection.support.UpstreamEvents.ApplicationSubmitted;
import org.kcity.selection.support.UpstreamEvents.Organization;

/**
 * The packaged selection-service as its own process(es), consuming a backlog of submissions while an instance is
 * killed (SIGKILL): nothing is lost, nothing is applied twice, and the flow resumes within seconds. The figures are
 * printed for the README.
 */
class ConsumerProcessFaultsIT {

    private static final String DATABASE = "kcity_it_selection_faults";
    private static final int BACKLOG = 1_000;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static PostgresServer postgres;
    private static Map<String, String> environment;
    private static Path home;
    private final List<ServiceProcess> instances = new ArrayList<>();
    private long inboxBefore;

    @BeforeAll
    static void startInfrastructure() throws IOException {
        home = Files.createDirectories(Path.of("target", "consumer-faults").toAbsolutePath());
        postgres = PostgresServer.locate(home.resolve("postgres"));
        postgres.recreateDatabase(DATABASE);
        EventLog.useBroker(KafkaTestResource.broker().bootstrapServers());
        environment = ServiceStack.serviceEnvironment(postgres, DATABASE, KafkaTestResource.broker().bootstrapServers(),
                ServiceStack.writeDevPublicKey(home.resolve("dev-jwt-public.pem")));
    }

    @AfterAll
    static void stopInfrastructure() {
        EventLog.useBroker(null);
        postgres.close();
    }

    @AfterEach
    void stopInstances() {
        ServiceProcess.stopAll(instances);
    }

    @Test
    void a_consumer_killed_mid_backlog_and_restarted_takes_its_partitions_back_at_once_and_loses_nothing()
            throws SQLException {
        ServiceProcess instance = start("selection-a");
        String callId = backlogOfSubmissions();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> applied(callId) >= 50);

        instance.kill();
        long beforeRestart = applied(callId);
        Instant restarted = Instant.now();
        instance.start();
        instance.awaitReady();
        Duration toReady = Duration.between(restarted, Instant.now());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> applied(callId) > beforeRestart);
        Duration toConsuming = Duration.between(restarted, Instant.now());
        await().atMost(PATIENCE).until(() -> applied(callId) == BACKLOG);

        System.out.printf("FAULT consumer process killed (SIGKILL) at %d of %d and restarted: ready after %d ms, consuming "
                + "again %d ms after the restart (%d ms after ready); lost %d, applied twice %d%n", beforeRestart, BACKLOG,
                toReady.toMillis(), toConsuming.toMillis(), toConsuming.minus(toReady).toMillis(),
                BACKLOG - applied(callId), inboxRows(callId) - applied(callId));
        assertNothingLostOrDoubled(callId);
        assertThat(toConsuming.minus(toReady)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void when_one_of_two_instances_is_killed_the_other_takes_over_its_partitions_and_loses_nothing() throws SQLException {
        ServiceProcess first = start("selection-a");
        start("selection-b");
        String callId = backlogOfSubmissions();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> applied(callId) >= 50);

        first.kill();
        Instant killed = Instant.now();
        await().atMost(PATIENCE).until(() -> applied(callId) == BACKLOG);
        Duration takeover = Duration.between(killed, Instant.now());

        System.out.printf("FAULT one of two consumer instances killed (SIGKILL): the other finished the backlog of %d "
                + "%d ms after the kill; lost %d, applied twice %d%n", BACKLOG, takeover.toMillis(),
                BACKLOG - applied(callId), inboxRows(callId) - applied(callId));
        assertNothingLostOrDoubled(callId);
    }

    private ServiceProcess start(String instanceId) {
        Map<String, String> settings = new HashMap<>(environment);
        settings.put("KCITY_EVENTS_CONSUMER_INSTANCE_ID", instanceId);
        ServiceProcess instance = ServiceProcess.launch(instanceId, ServiceStack.Service.SELECTION.jar(Path.of("..")
                .toAbsolutePath().normalize()), FreePorts.next(), settings, home.resolve(instanceId + ".log"));
        instances.add(instance);
        instance.awaitReady();
        return instance;
    }

    /** A call opened and applied, then a backlog of submissions to it sent at once. */
    private String backlogOfSubmissions() {
        TestCall call = new TestCall().open(1);
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM selection_call WHERE id = ?", call.callId) == 1);
        Map<String, ApplicationSubmitted> backlog = new LinkedHashMap<>();
        Instant submittedAt = Instant.parse("2026-03-02T00:00:00Z");
        for (int n = 0; n < BACKLOG; n++) {
            String applicationId = TestCall.unique("app");
            backlog.put(applicationId, new ApplicationSubmitted(applicationId, call.callId, "URBAN_DEVELOPMENT", "VN", "ASEAN",
                    "Hanoi", "Plan " + n, "A plan", new Organization(TestCall.unique("org"), "City " + n, "LOCAL_GOVERNMENT"),
                    null, 500_000_000L, submittedAt.plus(n, ChronoUnit.SECONDS).toString()));
        }
        inboxBefore = count("SELECT count(*) FROM inbox_event WHERE type = 'kcity.application.submitted.v1'", null);
        EventLog.publishBacklog(UpstreamEvents.TOPIC, "kcity.application.submitted.v1", "/kcity/applications-service", backlog);
        return call.callId;
    }

    private void assertNothingLostOrDoubled(String callId) throws SQLException {
        assertThat(applied(callId)).as("applications known to selection").isEqualTo(BACKLOG);
        assertThat(inboxRows(callId)).as("submissions applied").isEqualTo(BACKLOG);
        assertThat(count("SELECT count(*) FROM dead_letter", null)).as("dead letters").isZero();
    }

    private long applied(String callId) {
        return count("SELECT count(*) FROM candidate WHERE call_id = ?", callId);
    }

    /** Submissions recorded in the inbox since this test's backlog was sent: one per event when none was applied twice. */
    private long inboxRows(String callId) {
        return count("SELECT count(*) FROM inbox_event WHERE type = 'kcity.application.submitted.v1'", null) - inboxBefore;
    }

    private static long count(String sql, String parameter) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password());
                PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
