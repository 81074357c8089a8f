package org.kcity.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RetentionJanitorTest {

    @Inject
    RetentionJanitor janitor;

    @Inject
    EntityManager entityManager;

    /** One transaction, rolled back afterwards: the relay never sees these rows. */
    @Test
    @TestTransaction
    void rows_past_retention_are_deleted_and_unpublished_events_never_are() {
        String oldPublished = outboxRow("now() - interval '8 days'", "now() - interval '8 days'");
        String recentPublished = outboxRow("now() - interval '1 day'", "now() - interval '1 day'");
        String oldPending = outboxRow("now() - interval '90 days'", "NULL");
        String oldInbox = inboxRow("now() - interval '31 days'");
        String recentInbox = inboxRow("now() - interval '29 days'");

        janitor.purge();

        assertThat(exists("outbox_event", "id", oldPublished)).isFalse();
        assertThat(exists("outbox_event", "id", recentPublished)).isTrue();
        assertThat(exists("outbox_event", "id", oldPending)).isTrue();
        assertThat(exists("inbox_event", "event_id", oldInbox)).isFalse();
        assertThat(exists("inbox_event", "event_id", recentInbox)).isTrue();
    }

    private String outboxRow(String occurredAt, String publishedAt) {
        String id = UUID.randomUUID().toString();
        entityManager.createNativeQuery("INSERT INTO outbox_event (id, type, subject, topic, payload, occurred_at, published_at) "
                + "VALUES (CAST(:id AS uuid), 'kcity.platform.old.v1', 'x', 'kcity.platform-test', '{}', " + occurredAt + ", "
                + publishedAt + ")").setParameter("id", id).executeUpdate();
        return id;
    }

    private String inboxRow(String receivedAt) {
        String id = UUID.randomUUID().toString();
        entityManager.createNativeQuery("INSERT INTO inbox_event (event_id, type, source, topic, partition_no, record_offset, "
                + "received_at) VALUES (:id, 't', 's', 'kcity.platform-test', 0, 0, " + receivedAt + ")")
                .setParameter("id", id).executeUpdate();
        return id;
    }

    private boolean exists(String table, String column, String id) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table + " WHERE CAST(" + column
                + " AS text) = :id").setParameter("id", id).getSingleResult()).longValue() == 1;
    }
}
