package org.kcity.executors.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.executors.domain.AppointmentMethod;
import org.kcity.executors.domain.Executor;
import org.kcity.executors.domain.ParkedEvent;
import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.Tender;
import org.kcity.executors.event.ExecutorEvents;
import org.kcity.executors.event.UpstreamEvents;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.event.EventMetadata;
import org.kcity.platform.event.EventOutbox;
import org.kcity.platform.event.OutgoingEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies what selection and budget decide to this service's projects. Every method is idempotent: a fact
 * already applied, or one that no longer matters (e.g. for a cancelled project), changes nothing.
 */
@ApplicationScoped
public class ProjectService {

    private final Appointments appointments;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ProgramTime time;
    private final ObjectMapper json;

    ProjectService(Appointments appointments, EventOutbox outbox, AuditTrail audit, ProgramTime time, ObjectMapper json) {
        this.appointments = appointments;
        this.outbox = outbox;
        this.audit = audit;
        this.time = time;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void projectSelected(UpstreamEvents.ProjectSelected selected) {
        if (Project.findByIdOptional(selected.projectId()).isPresent()) {
            return;
        }
        Project project = Project.selected(selected.projectId(), selected.callId(), selected.year(), selected.track(),
                selected.siteCountry(), selected.title(), selected.applicant().organizationId(), selected.applicant().name(),
                selected.selectedAt());
        project.persist();
        audit.record("project-registered", "project", project.id, selected);
        applyParked(project.id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetFinalized(EventMetadata event, UpstreamEvents.BudgetFinalized budget) {
        known(event, budget.projectId(), budget).ifPresent(project -> openDraftTender(project, budget));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetAdjusted(EventMetadata event, UpstreamEvents.BudgetAdjusted budget) {
        known(event, budget.projectId(), budget).ifPresent(project -> appointApplicant(project, budget));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetCancelled(EventMetadata event, UpstreamEvents.BudgetCancelled cancelled) {
        known(event, cancelled.projectId(), cancelled).ifPresent(project -> cancel(project, cancelled.reason()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void selectionRevoked(EventMetadata event, UpstreamEvents.SelectionRevoked revoked) {
        known(event, revoked.projectId(), revoked).ifPresent(project -> cancel(project, revoked.reason()));
    }

    private void openDraftTender(Project project, UpstreamEvents.BudgetFinalized budget) {
        if (!project.track.isPlanning() || !project.awaitsExecutor() || Tender.ofProject(project.id).isPresent()) {
            return;
        }
        Tender tender = Tender.draft(project.id, budget.total(), time.now());
        tender.persist();
        audit.record("tender-drafted", "tender", tender.id.toString(), budget);
    }

    private void appointApplicant(Project project, UpstreamEvents.BudgetAdjusted budget) {
        if (project.track.isPlanning() || !project.awaitsExecutor()) {
            return;
        }
        appointments.appoint(project, new Executor(project.applicantOrganizationId, project.applicantName, null, null),
                budget.total(), AppointmentMethod.DEMONSTRATION_APPLICANT, null);
    }

    /** Cancels an open tender or a project that has not started; a started or cancelled project stays as it is. */
    private void cancel(Project project, String reason) {
        if (!project.cancellable()) {
            return;
        }
        Optional<Tender> tender = Tender.ofProject(project.id);
        tender.filter(Tender::cancellable).ifPresent(open -> open.cancel(time.now()));
        project.cancel(reason, time.now());
        ExecutorEvents.ProjectCancelled cancelled = new ExecutorEvents.ProjectCancelled(project.id, project.callId,
                tender.map(t -> t.id.toString()).orElse(null), reason, project.cancelledAt);
        outbox.append(new OutgoingEvent(ExecutorEvents.PROJECT_CANCELLED, project.id, cancelled));
        audit.record("project-cancelled", "project", project.id, cancelled);
    }

    /** The project, or empty after parking the event until the project's ProjectSelected arrives. */
    private Optional<Project> known(EventMetadata event, String projectId, Object data) {
        Optional<Project> project = Project.findByIdOptional(projectId);
        if (project.isEmpty()) {
            ParkedEvent.of(event.id(), projectId, event.type(), toJson(data), time.now()).persist();
        }
        return project;
    }

    private void applyParked(String projectId) {
        for (ParkedEvent parked : ParkedEvent.ofProject(projectId)) {
            EventMetadata event = new EventMetadata(parked.eventId, parked.type, "parked", projectId, parked.receivedAt);
            switch (parked.type) {
                case UpstreamEvents.BUDGET_FINALIZED -> budgetFinalized(event, fromJson(parked, UpstreamEvents.BudgetFinalized.class));
                case UpstreamEvents.BUDGET_ADJUSTED -> budgetAdjusted(event, fromJson(parked, UpstreamEvents.BudgetAdjusted.class));
                case UpstreamEvents.BUDGET_CANCELLED -> budgetCancelled(event, fromJson(parked, UpstreamEvents.BudgetCancelled.class));
                case UpstreamEvents.SELECTION_REVOKED -> selectionRevoked(event, fromJson(parked, UpstreamEvents.SelectionRevoked.class));
                default -> throw new IllegalStateException("No way to apply a parked " + parked.type);
            }
            parked.delete();
        }
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot park " + data, e);
        }
    }

    private <T> T fromJson(ParkedEvent parked, Class<T> type) {
        try {
            return json.readValue(parked.payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Parked event " + parked.eventId + " is unreadable", e);
        }
    }
}
