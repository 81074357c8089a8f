package org.kcity.budget.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.budget.domain.Budget;
import org.kcity.budget.domain.BudgetState;
import org.kcity.budget.domain.Track;
import org.kcity.platform.openapi.Examples;

/**
 * A budget as officers see it; amounts in whole KRW. {@code overdue}: a draft past its due date, or a budget
 * finalized after it. {@code commencedOn}: the day the project commenced, once executor-service reported it;
 * {@code revokedAt}, {@code revocationReason}: when and why the project's selection was revoked.
 */
public record BudgetView(
        @Schema(example = Examples.BUDGET_ID) String budgetId,
        @Schema(example = Examples.PROJECT_ID) String projectId,
        @Schema(example = Examples.APPLICATION_ID) String applicationId,
        @Schema(example = Examples.CALL_ID) String callId,
        @Schema(example = "SOLUTION_PLANNING") Track track,
        @Schema(example = "VN") String siteCountry,
        @Schema(example = "Da Nang") String city,
        @Schema(example = Examples.TITLE) String title,
        @Schema(example = Examples.APPLICANT) String applicant,
        @Schema(example = "false") boolean promoted,
        @Schema(example = "2b4c6d8e-0f1a-4b3c-9d5e-7f8a9b0c1d2e") String replacesProjectId,
        @Schema(example = Examples.REQUESTED_SUPPORT) long requestedSupport,
        @Schema(example = "200000000") long supportFloor,
        @Schema(example = "300000000") long supportCap,
        @Schema(example = "FINALIZED") BudgetState state,
        List<BudgetLineBody> lines,
        @Schema(example = Examples.REQUESTED_SUPPORT) long total,
        @Schema(example = "2027-06-30") LocalDate dueDate,
        @Schema(example = "false") boolean overdue,
        @Schema(example = "2027-06-28T11:00:00+09:00") OffsetDateTime finalizedAt,
        @Schema(example = Examples.REQUESTED_SUPPORT) Long finalizedTotal,
        @Schema(example = "2027-08-05T10:00:00+09:00") OffsetDateTime adjustedAt,
        @Schema(example = "Pilot reduced from four intersections to three, as agreed with the company on 2 August") String adjustmentNote,
        @Schema(example = "2027-08-01") LocalDate commencedOn,
        @Schema(example = "2027-09-01T10:00:00+09:00") OffsetDateTime revokedAt,
        @Schema(example = "The applicant withdrew the application") String revocationReason,
        @Schema(example = "2027-09-01T10:00:05+09:00") OffsetDateTime cancelledAt,
        @Schema(example = "The selection was revoked before the project started") String cancellationReason,
        @Schema(example = "3") long version) {

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
