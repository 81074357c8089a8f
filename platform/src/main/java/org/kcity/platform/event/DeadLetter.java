package org.kcity.platform.event;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.kcity.platform.problem.ApiProblem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/** An incoming record that could not be applied, kept whole until an operator replays it. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "partition_no", nullable = false)
    public int partition;

    @Column(name = "record_offset", nullable = false)
    public long offset;

    @Column(name = "event_id")
    public String eventId;

    public String type;

    public String subject;

    @Column(name = "record_key")
    public String key;

    /** The record's headers as a JSON array of {@code {"name", "value"}}; CloudEvents headers are UTF-8 text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String headers;

    public byte[] payload;

    @Column(nullable = false)
    public String error;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "first_attempt_at", nullable = false)
    public OffsetDateTime firstAttemptAt;

    @Column(name = "last_attempt_at", nullable = false)
    public OffsetDateTime lastAttemptAt;

    @Column(name = "replayed_at")
    public OffsetDateTime replayedAt;

    @Column(name = "discarded_at")
    public OffsetDateTime discardedAt;

    @Column(name = "discarded_by")
    public String discardedBy;

    public boolean isHeld() {
        return replayedAt == null && discardedAt == null;
    }

    /** Refuses a replay or discard of a letter that was already dealt with. */
    void requireHeld() {
        if (replayedAt != null) {
            throw ApiProblem.conflict("ALREADY_REPLAYED", "Dead letter " + id + " was replayed at " + replayedAt);
        }
        if (discardedAt != null) {
            throw ApiProblem.conflict("DISCARDED", "Dead letter " + id + " was discarded at " + discardedAt + " by " + discardedBy);
        }
    }

    void discard(String by, OffsetDateTime at) {
        requireHeld();
        discardedAt = at;
        discardedBy = by;
    }

    void failedAgain(String error, OffsetDateTime at) {
        this.error = error;
        this.attempts++;
        this.lastAttemptAt = at;
    }

    void replayed(OffsetDateTime at) {
        this.replayedAt = at;
        this.lastAttemptAt = at;
        this.attempts++;
    }

    static DeadLetter at(String topic, int partition, long offset) {
        return find("topic = ?1 and partition = ?2 and offset = ?3", topic, partition, offset).firstResult();
    }

    static PanacheQuery<DeadLetter> held() {
        return find("replayedAt is null and discardedAt is null", Sort.by("id"));
    }

    static PanacheQuery<DeadLetter> all() {
        return findAll(Sort.by("id"));
    }

    static List<Long> heldIds() {
        return getEntityManager().createQuery("select id from DeadLetter where replayedAt is null and discardedAt is null order by id", Long.class)
                .getResultList();
    }

    static long heldCount() {
        return count("replayedAt is null and discardedAt is null");
    }
}
