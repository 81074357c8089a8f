package org.kcity.executors.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.executors.domain.AppointmentMethod;
import org.kcity.executors.domain.Executor;
import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.Tender;
import org.kcity.executors.event.BudgetAdjusted;
import org.kcity.executors.event.BudgetCancelled;
import org.kcity.executors.event.BudgetFinalized;
import org.kcity.executors.event.ProjectCancelled;
import org.kcity.executors.event.ProjectSelected;
import org.kcity.executors.event.SelectionRevoked;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.event.EventArrivedEarly;
import org.kcity.platform.event.EventOutbox;
import org.kcity.platform.time.ProgramClock;

/**
 * Applies what selection and budget decide to this service's projects. Every method is idempotent: a fact
 * already applied, or one that no longer matters (e.g. for a cancelled project), changes nothing.
 */
@ApplicationScoped
public class ProjectService {

    private final Appointments appointments;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ProgramClock clock;

    ProjectService(Appointments appointments, EventOutbox outbox, AuditTrail audit, ProgramClock clock) {
        this.appointments = appointments;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void projectSelected(ProjectSelected selected) {
        if (Project.findByIdOptional(selected.projectId()).isPresent()) {
            return;
        }
        Project project = Project.selected(selected.projectId(), selected.callId(), selected.year(), selected.track(),
                selected.siteCountry(), selected.title(), selected.applicant().organizationId(), selected.applicant().name(),
                selected.selectedAt());
        project.persist();
        audit.record("project.registered", "project", project.id, selected);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetFinalized(BudgetFinalized budget) {
        openDraftTender(selectedProject(budget.projectId()), budget);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetAdjusted(BudgetAdjusted budget) {
        appointApplicant(selectedProject(budget.projectId()), budget);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetCancelled(BudgetCancelled cancelled) {
        cancel(selectedProject(cancelled.projectId()), cancelled.reason());
    }

    /**
     * A project that has not started is cancelled. One that commenced goes on: its work and money are engaged, and
     * it ends only through its own termination, outside this service; the revocation is kept on its audit trail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void selectionRevoked(SelectionRevoked revoked) {
        // Same topic and key as its ProjectSelected, so an unknown project means one this service never had: no-op.
        Project.<Project>findByIdOptional(revoked.projectId()).ifPresent(project -> {
            if (project.hasCommenced()) {
                audit.record("project.revoked_after_commencement", "project", project.id, revoked);
            } else {
                cancel(project, revoked.reason());
            }
        });
    }

    private void openDraftTender(Project project, BudgetFinalized budget) {
        if (!project.track.isPlanning() || !project.awaitsExecutor() || Tender.ofProject(project.id).isPresent()) {
            return;
        }
        Tender tender = Tender.draft(project.id, budget.total(), clock.now());
        tender.persist();
        audit.record("tender.drafted", "tender", tender.id.toString(), budget);
    }

    private void appointApplicant(Project project, BudgetAdjusted budget) {
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
        tender.filter(Tender::cancellable).ifPresent(open -> open.cancel(clock.now()));
        project.cancel(reason, clock.now());
        ProjectCancelled cancelled = ProjectCancelled.of(project, tender.map(t -> t.id.toString()).orElse(null));
        outbox.append(cancelled);
        audit.record("project.cancelled", "project", project.id, cancelled);
    }

    /** The project; a budget event travels on another topic than its ProjectSelected and may overtake it. */
    private static Project selectedProject(String projectId) {
        return Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> new EventArrivedEarly("ProjectSelected of project " + projectId + " not consumed yet"));
    }
}
