package org.kcity.budget.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.kcity.platform.event.EventOutbox;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.web.ETags;

/**
 * Every change of a budget. Changes of what a call's envelope has committed (finalization, cancellation) first lock
 * the call's row, then the budget's: the same order everywhere, so they never deadlock and never overbook.
 */
@ApplicationScoped
public class BudgetService {

    public static final String BUDGET = "budget";

    private final EventOutbox outbox;
    private final AuditTrail audit;

    BudgetService(EventOutbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Drafts the selected project's budget; a project that already has one keeps it as it is. */
    @Transactional
    public void draftFor(SelectedProject project) {
        if (Budget.ofProject(project.projectId()).isPresent()) {
            return;
        }
        Budget budget = Budget.draft(project, now());
        budget.persist();
        audit.record("budget.drafted", BUDGET, budget.id.toString(), Map.of("projectId", project.projectId(),
                "total", budget.total, "promoted", project.promoted()));
    }

    /** Cancels the revoked project's budget, whatever its state, and gives its share back to the envelope. */
    @Transactional
    public void cancelFor(String projectId, String reason) {
        Budget budget = Budget.ofProject(projectId).orElseThrow(
                () -> new IllegalStateException("Project " + projectId + " has no budget to cancel yet"));
        if (budget.isCancelled()) {
            return;
        }
        FundedCall.lockedForEnvelopeChange(budget.callId);
        Budget.getEntityManager().refresh(budget, LockModeType.PESSIMISTIC_WRITE);
        long released = budget.cancel(reason, now());
        outbox.append(BudgetCancelled.of(budget, released));
        audit.record("budget.cancelled", BUDGET, budget.id.toString(), Map.of("releasedAmount", released, "reason", reason));
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
        budget.finalizeWithin(call.envelope, Budget.committedTo(call.callId), now());
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
        budget.adjust(agreedLines, note, now());
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

    /** Writes the change now, so the answer carries the version the next If-Match must name. */
    private static Budget flushed(Budget budget) {
        Budget.flush();
        return budget;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
