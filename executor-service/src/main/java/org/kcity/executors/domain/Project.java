package org.kcity.executors.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.kcity.platform.problem.ApiProblem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A selected project, from its selection to its executor's appointment and start. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "call_id", nullable = false)
    public String callId;

    @Column(name = "call_year", nullable = false)
    public int callYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Track track;

    @Column(name = "site_country", nullable = false)
    public String siteCountry;

    @Column(nullable = false)
    public String title;

    @Column(name = "applicant_organization_id", nullable = false)
    public String applicantOrganizationId;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    @Column(name = "selected_at", nullable = false)
    public OffsetDateTime selectedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @Column(name = "executor_organization_id")
    public String executorOrganizationId;

    @Column(name = "executor_name")
    public String executorName;

    @Column(name = "contract_amount")
    public Long contractAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "appointment_method")
    public AppointmentMethod appointmentMethod;

    @Column(name = "appointed_at")
    public OffsetDateTime appointedAt;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "commenced_at")
    public OffsetDateTime commencedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Version
    public long version;

    public static Project selected(String id, String callId, int callYear, Track track, String siteCountry, String title,
            String applicantOrganizationId, String applicantName, OffsetDateTime selectedAt) {
        Project project = new Project();
        project.id = id;
        project.callId = callId;
        project.callYear = callYear;
        project.track = track;
        project.siteCountry = siteCountry;
        project.title = title;
        project.applicantOrganizationId = applicantOrganizationId;
        project.applicantName = applicantName;
        project.selectedAt = selectedAt;
        project.status = ProjectStatus.AWAITING_EXECUTOR;
        return project;
    }

    public boolean awaitsExecutor() {
        return status == ProjectStatus.AWAITING_EXECUTOR;
    }

    /** Appoints the executor and fixes the start date from the track's rule. */
    public void appoint(Executor executor, long amount, AppointmentMethod method, OffsetDateTime at, LocalDate today) {
        if (!awaitsExecutor()) {
            throw ApiProblem.conflict("EXECUTOR_NOT_AWAITED", "Project " + id + " is " + status + ": no executor can be appointed");
        }
        executorOrganizationId = executor.organizationId();
        executorName = executor.name();
        contractAmount = amount;
        appointmentMethod = method;
        appointedAt = at;
        startDate = track.startDate(callYear, today);
        status = ProjectStatus.SCHEDULED;
    }

    public boolean hasCommenced() {
        return status == ProjectStatus.COMMENCED;
    }

    /** A project can be cancelled until it has started. */
    public boolean cancellable() {
        return status == ProjectStatus.AWAITING_EXECUTOR || status == ProjectStatus.SCHEDULED;
    }

    /** Refused (409 PROJECT_NOT_CANCELLABLE) once the project has commenced or was cancelled. */
    public void cancel(String reason, OffsetDateTime at) {
        if (!cancellable()) {
            throw ApiProblem.conflict("PROJECT_NOT_CANCELLABLE",
                    "Project " + id + " is " + status + "; only a project that has not started can be cancelled");
        }
        status = ProjectStatus.CANCELLED;
        cancellationReason = reason;
        cancelledAt = at;
    }
}
