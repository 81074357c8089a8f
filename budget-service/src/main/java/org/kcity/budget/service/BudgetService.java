package org.kcity.budget.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kcity.budget.domain.Budget;
import org.kcity.budget.domain.BudgetLine;
import org.kcity.budget.domain.FundedCall;
import org.kcity.budget.domain.SelectedProject;
import org.kcity.budget.event.BudgetAdjusted;
import org.kcity.budget.event.BudgetCancelled;
import org.kcity.budget.event.BudgetFinalized;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.event.EventArrivedEarly;
import org.kcity.platform.event.EventOutbox;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.ETags;

/**
 * Every change of a budget. Changes of what a call's envelope has committed (finalization, cancellation), and every
 * step of a revocation, first lock the call's row, then the budget's: the same order everywhere, so they never
 * deadlock and never overbook.
 */
@ApplicationScoped
public class BudgetService {

    public static final String BUDGET = "budget";

    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ProgramClock clock;

    BudgetService(EventOutbox outbox, AuditTrail audit, ProgramClock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Drafts the selected project's budget; a project that already has one keeps it as it is. */
    @Transactional
    public void draftFor(SelectedProject project) {
        if (Budget.ofProject(project.projectId()).isPresent()) {
            return;
        }
        Budget budget = Budget.draft(project, clock);
        budget.persist();
        audit.record("budget.drafted", BUDGET, budget.id.toString(), Map.of("projectId", project.projectId(),
                "total", budget.total, "promoted", project.promoted()));
    }

    /**
     * The project's selection was revoked: a draft is cancelled at once; committed money stays committed until
     * executor-service settles whether the project commenced (see {@link Budget#revoke}).
     */
    @Transactional
    public void revoke(String projectId, String reason) {
        Budget budget = lockedWithItsCall(Budget.ofProject(projectId).orElseThrow(
                () -> new IllegalStateException("Project " + projectId + " has no budget to revoke yet")));
        if (budget.isRevoked()) {
            return;
        }
        budget.revoke(reason, clock.now());
        if (budget.isCancelled()) {
            cancelled(budget, 0);
        } else {
            audit.record("budget.revoked", BUDGET, budget.id.toString(), Map.of("reason", reason, "state", budget.state));
        }
    }

    /** The project commenced: its money is being spent, so no revocation releases it any more. */
    @Transactional
    public void projectCommenced(String projectId, LocalDate startDate) {
        Budget budget = lockedWithItsCall(Budget.ofProject(projectId).orElseThrow(
                () -> new IllegalStateException("Project " + projectId + " commenced without a budget here")));
        if (budget.recordCommencement(startDate)) {
            audit.record("budget.project_commenced", BUDGET, budget.id.toString(),
                    Map.of("startDate", startDate.toString(), "state", budget.state));
        }
    }

    /**
     * executor-service cancelled the project, which it does only after the project's selection was revoked: a
     * budget still waiting for that outcome is cancelled and its money released. The cancellation is caused by the
     * revocation, which travels on another topic: until this service has it, the event arrived early.
     */
    @Transactional
    public void projectCancelled(String projectId) {
        Budget budget = Budget.ofProject(projectId).filter(Budget::isRevoked).orElseThrow(() -> new EventArrivedEarly(
                "SelectionRevoked of project " + projectId + " not consumed yet"));
        lockedWithItsCall(budget);
        if (budget.awaitsProjectOutcome()) {
            cancelled(budget, budget.releaseForCancelledProject(clock.now()));
        }
    }

    @Transactional
    public Budget replaceLines(String budgetId, String ifMatch, List<BudgetLine> lines) {
        Budget budget = existing(budgetId);
        ETags.requireCurrent(ifMatch, budget.version);
        budget.replaceLines(lines);
        audit.record("budget.lines_replaced", BUDGET, budgetId, Map.of("lines", lines.size(), "total", budget.total));
        return flushed(budget);
    }

    /** Finalizes the draft; {@code ifMatch}, when given, must name the version the officer looked at. */
    @Transactional
    public Budget finalize(String budgetId, String ifMatch) {
        Budget budget = existing(budgetId);
        FundedCall call = FundedCall.lockedForEnvelopeChange(budget.callId).orElseThrow(() -> ApiProblem.conflict(
                "CALL_NOT_KNOWN", "The envelope of call " + budget.callId + " is not known yet; try again later"));
        Budget.getEntityManager().refresh(budget, LockModeType.PESSIMISTIC_WRITE);
        if (ifMatch != null) {
            ETags.requireCurrent(ifMatch, budget.version);
        }
        budget.finalizeWithin(call.envelope, Budget.committedTo(call.callId), clock);
        outbox.append(BudgetFinalized.of(budget));
        audit.record("budget.finalized", BUDGET, budgetId, Map.of("total", budget.total, "overdue", budget.overdue));
        return flushed(budget);
    }

    /** Records a demonstration's adjustment; {@code ifMatch}, when given, must name the version the officer looked at. */
    @Transactional
    public Budget adjust(String budgetId, String ifMatch, List<BudgetLine> agreedLines, String note) {
        Budget budget = existing(budgetId);
        if (ifMatch != null) {
            ETags.requireCurrent(ifMatch, budget.version);
        }
        budget.adjust(agreedLines, note, clock.now());
        outbox.append(BudgetAdjusted.of(budget));
        audit.record("budget.adjusted", BUDGET, budgetId, Map.of("previousTotal", budget.finalizedTotal,
                "total", budget.total, "note", note));
        return flushed(budget);
    }

    static Budget existing(String budgetId) {
        return parse(budgetId).flatMap(id -> Budget.<Budget>findByIdOptional(id))
                .orElseThrow(() -> ApiProblem.notFound("Budget", budgetId));
    }

    private static Optional<UUID> parse(String budgetId) {
        try {
            return Optional.of(UUID.fromString(budgetId));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static Budget lockedWithItsCall(Budget budget) {
        FundedCall.lockedForEnvelopeChange(budget.callId);
        Budget.getEntityManager().refresh(budget, LockModeType.PESSIMISTIC_WRITE);
        return budget;
    }

    private void cancelled(Budget budget, long released) {
        outbox.append(BudgetCancelled.of(budget, released));
        audit.record("budget.cancelled", BUDGET, budget.id.toString(),
                Map.of("releasedAmount", released, "reason", budget.cancellationReason));
    }

    /** Writes the change now, so the answer carries the version the next If-Match must name. */
    private static Budget flushed(Budget budget) {
        Budget.flush();
        return budget;
    }
}
