package org.kcity.budget.event;

import java.time.OffsetDateTime;
import java.util.List;

import org.kcity.budget.domain.Budget;
import org.kcity.budget.domain.Track;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.budget.adjusted.v1}; subject: project id. The demonstration may start once it is out. */
public record BudgetAdjusted(String budgetId, String projectId, String callId, Track track, long previousTotal, long total,
        List<BudgetLineData> lines, String note, OffsetDateTime adjustedAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.budget.adjusted.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }

    public static BudgetAdjusted of(Budget budget) {
        return new BudgetAdjusted(budget.id.toString(), budget.projectId,
                budget.callId, budget.track, budget.finalizedTotal, budget.total, BudgetLineData.of(budget.lines()),
                budget.adjustmentNote, budget.adjustedAt);
    }
}
