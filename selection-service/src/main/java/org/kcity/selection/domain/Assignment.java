package org.kcity.selection.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An evaluator assigned to an application: it may read it and file one score sheet for it. */
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
}
