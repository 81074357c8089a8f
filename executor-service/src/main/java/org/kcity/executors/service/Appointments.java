package org.kcity.executors.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.executors.domain.AppointmentMethod;
import org.kcity.executors.domain.Executor;
import org.kcity.executors.domain.Project;
import org.kcity.executors.event.ExecutorAppointed;
import org.kcity.executors.event.ProjectScheduled;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.event.EventOutbox;
import org.kcity.platform.time.ProgramClock;

/** Appoints a project's executor and schedules its start, by tender award or as the demonstration's applicant. */
@ApplicationScoped
public class Appointments {

    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ProgramClock clock;

    Appointments(EventOutbox outbox, AuditTrail audit, ProgramClock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void appoint(Project project, Executor executor, long amount, AppointmentMethod method, UUID tenderId) {
        project.appoint(executor, amount, method, clock.now(), clock.today());
        String tender = tenderId == null ? null : tenderId.toString();
        ExecutorAppointed appointed = ExecutorAppointed.of(project, executor, tender);
        outbox.append(appointed);
        ProjectScheduled scheduled = ProjectScheduled.of(project, executor.organizationId());
        outbox.append(scheduled);
        audit.record("executor.appointed", "project", project.id, appointed);
        audit.record("project.scheduled", "project", project.id, scheduled);
    }
}
