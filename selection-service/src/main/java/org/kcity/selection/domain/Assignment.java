package org.kcity.selection.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.kcity.platform.problem.ApiProblem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An evaluator assigned to an application: it may read it and file one score sheet for it, until a conflict of
 * interest found after the assignment suspends it.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public String applicationId;

    @Column(name = "call_id", nullable = false)
    public String callId;

    @Column(name = "evaluator_id", nullable = false)
    public String evaluatorId;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Column(name = "suspended_at")
    public OffsetDateTime suspendedAt;

    /** The conflict of interest that suspended the assignment. */
    @Column(name = "suspension_reason")
    public String suspensionReason;

    protected Assignment() {
    }

    public Assignment(Candidate candidate, String evaluatorId, String assignedBy, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.applicationId = candidate.applicationId;
        this.callId = candidate.callId;
        this.evaluatorId = evaluatorId;
        this.assignedBy = assignedBy;
        this.assignedAt = at;
    }

    /** The evaluator's assignment to the application, if any, locked as asked. */
    public static Optional<Assignment> of(String applicationId, String evaluatorId, LockModeType lock) {
        return find("applicationId = ?1 and evaluatorId = ?2", applicationId, evaluatorId).withLock(lock).firstResultOptional();
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    /**
     * The evaluator may no longer read or score the application, and its sheet stops counting. A suspension stands
     * with its first reason: withdrawing the declaration later does not lift it (the officer unassigns and may assign
     * again).
     */
    public void suspend(String reason, OffsetDateTime at) {
        if (isSuspended()) {
            return;
        }
        suspendedAt = at;
        suspensionReason = reason;
    }

    /** To its evaluator, a suspended assignment looks exactly like no assignment: the application does not exist. */
    public void requireActive() {
        if (isSuspended()) {
            throw ApiProblem.notFound("Application", applicationId);
        }
    }
}
