package org.kcity.budget.event;

import java.util.List;

import org.kcity.budget.domain.BudgetCategory;
import org.kcity.budget.domain.BudgetLine;

/** A budget line as the budget events carry it. */
public record BudgetLineData(BudgetCategory category, String description, long amount) {

    static List<BudgetLineData> of(List<BudgetLine> lines) {
        return lines.stream().map(line -> new BudgetLineData(line.category, line.description, line.amount)).toList();
    }
}
