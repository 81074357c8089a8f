package org.kcity.budget.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.kcity.budget.domain.Budget;
import org.kcity.budget.domain.Track;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.budget.finalized.v1}; subject: project id. */
public record BudgetFinalized(String budgetId, String projectId, String callId, Track track, long total,
        List<BudgetLineData> lines, OffsetDateTime finalizedAt, LocalDate dueDate, boolean overdue) implements OutgoingEvent {

    public static final String TYPE = "kcity.budget.finalized.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }

    public static BudgetFinalized of(Budget budget) {
        return new BudgetFinalized(budget.id.toString(), budget.projectId,
                budget.callId, budget.track, budget.total, BudgetLineData.of(budget.lines()), budget.finalizedAt,
                budget.dueDate, budget.overdue);
    }
}
