package org.kcity.platform.event;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the transactional outbox: an event committed with its state change, waiting for the relay. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long sequence;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String topic;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /**
     * The oldest unpublished rows, provided that this transaction takes the advisory lock {@code leaderLock}: none while
     * another instance holds it. One statement, so that the relay's way from a commit to the broker is one round trip.
     * The rows are read-only: {@link #markPublished} updates them, and the flush at commit need not check them.
     */
    @SuppressWarnings("unchecked")
    static List<OutboxEvent> nextPendingIfLeader(long leaderLock, int limit) {
        return getEntityManager().createNativeQuery("""
                WITH leader AS MATERIALIZED (SELECT pg_try_advisory_xact_lock(:lock) AS granted)
                SELECT o.* FROM outbox_event o, leader
                WHERE leader.granted AND o.published_at IS NULL
                ORDER BY o.sequence LIMIT :limit""", OutboxEvent.class)
                .setParameter("lock", leaderLock).setParameter("limit", limit)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** In one statement, rather than one update per row. */
    static void markPublished(List<OutboxEvent> rows, OffsetDateTime publishedAt) {
        update("publishedAt = ?1 where sequence in ?2", publishedAt, rows.stream().map(row -> row.sequence).toList());
    }

    static Duration oldestPendingAge() {
        OffsetDateTime oldest = getEntityManager()
                .createQuery("select min(occurredAt) from OutboxEvent where publishedAt is null", OffsetDateTime.class)
                .getSingleResult();
        return oldest == null ? Duration.ZERO : Duration.between(oldest, OffsetDateTime.now());
    }

    public static long pendingCount() {
        return count("publishedAt is null");
    }
}
