package org.kcity.budget.event;

import java.time.OffsetDateTime;

import org.kcity.budget.domain.Budget;
import org.kcity.budget.domain.Track;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.budget.cancelled.v1}; subject: project id. A draft releases nothing: it never took from the envelope. */
public record BudgetCancelled(String budgetId, String projectId, String callId, Track track, long releasedAmount,
        String reason, OffsetDateTime cancelledAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.budget.cancelled.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }

    public static BudgetCancelled of(Budget budget, long releasedAmount) {
        return new BudgetCancelled(budget.id.toString(), budget.projectId,
                budget.callId, budget.track, releasedAmount, budget.cancellationReason, budget.cancelledAt);
    }
}
