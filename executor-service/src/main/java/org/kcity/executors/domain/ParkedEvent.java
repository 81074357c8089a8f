package org.kcity.executors.domain;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An upstream event about a project this service does not know yet. Topics are consumed independently, so a
 * budget event may overtake its ProjectSelected; it waits here and is applied when the project arrives.
 */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "project_id", nullable = false)
    public String projectId;

    @Column(nullable = false)
    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    public static ParkedEvent of(String eventId, String projectId, String type, String payload, OffsetDateTime at) {
        ParkedEvent parked = new ParkedEvent();
        parked.eventId = eventId;
        parked.projectId = projectId;
        parked.type = type;
        parked.payload = payload;
        parked.receivedAt = at;
        return parked;
    }

    public static List<ParkedEvent> ofProject(String projectId) {
        return list("projectId = ?1 order by receivedAt, eventId", projectId);
    }
}
