package org.kcity.executors.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.ProjectStatus;
import org.kcity.executors.event.ProjectCommenced;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.event.EventOutbox;
import org.kcity.platform.time.ProgramClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Starts scheduled projects whose start date came. Due work is read from the database on every run, so a
 * restart misses nothing; the SCHEDULED to COMMENCED change is a conditional update, so no project (and no
 * ProjectCommenced) is started twice, even by two instances at once.
 */
@ApplicationScoped
public class CommencementService {

    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ProgramClock clock;

    CommencementService(EventOutbox outbox, AuditTrail audit, ProgramClock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(every = "${kcity.executors.commencement-check-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void commenceDueProjects() {
        LocalDate today = clock.today();
        for (String projectId : QuarkusTransaction.requiringNew().call(() -> due(today))) {
            QuarkusTransaction.requiringNew().run(() -> commence(projectId, today));
        }
    }

    private static List<String> due(LocalDate today) {
        return Project.<Project>list("status = ?1 and startDate <= ?2 order by startDate, id", ProjectStatus.SCHEDULED, today)
                .stream().map(project -> project.id).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void commence(String projectId, LocalDate today) {
        int started = Project.update("status = ?1, commencedAt = ?2, version = version + 1 where id = ?3 and status = ?4 "
                + "and startDate <= ?5", ProjectStatus.COMMENCED, clock.now(), projectId, ProjectStatus.SCHEDULED, today);
        if (started == 0) {
            return;
        }
        Project project = Project.findById(projectId);
        ProjectCommenced commenced = ProjectCommenced.of(project);
        outbox.append(commenced);
        audit.record("project.commenced", "project", project.id, commenced);
    }
}
