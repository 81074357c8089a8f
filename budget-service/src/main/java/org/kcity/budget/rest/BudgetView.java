package org.kcity.budget.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.kcity.budget.domain.Budget;
import org.kcity.budget.domain.BudgetState;
import org.kcity.budget.domain.Track;

/**
 * A budget as officers see it; amounts in whole KRW. {@code overdue}: a draft past its due date, or a budget
 * finalized after it. {@code commencedOn}: the day the project commenced, once executor-service reported it;
 * {@code revokedAt}, {@code revocationReason}: when and why the project's selection was revoked.
 */
public record BudgetView(String budgetId, String projectId, String applicationId, String callId, Track track,
        String siteCountry, String city, String title, String applicant, boolean promoted, String replacesProjectId,
        long requestedSupport, long supportFloor, long supportCap, BudgetState state, List<BudgetLineBody> lines,
        long total, LocalDate dueDate, boolean overdue, OffsetDateTime finalizedAt, Long finalizedTotal,
        OffsetDateTime adjustedAt, String adjustmentNote, LocalDate commencedOn, OffsetDateTime revokedAt,
        String revocationReason, OffsetDateTime cancelledAt, String cancellationReason, long version) {

    static BudgetView of(Budget budget, LocalDate today) {
        return new BudgetView(budget.id.toString(), budget.projectId, budget.applicationId, budget.callId, budget.track,
                budget.siteCountry, budget.city, budget.title, budget.applicantName, budget.promoted,
                budget.replacesProjectId, budget.requestedSupport, budget.supportFloor, budget.supportCap, budget.state,
                budget.lines().stream().map(BudgetLineBody::of).toList(), budget.total, budget.dueDate,
                budget.overdueOn(today), budget.finalizedAt, budget.finalizedTotal, budget.adjustedAt,
                budget.adjustmentNote, budget.commencedOn, budget.revokedAt, budget.revocationReason, budget.cancelledAt,
                budget.cancellationReason, budget.version);
    }
}
