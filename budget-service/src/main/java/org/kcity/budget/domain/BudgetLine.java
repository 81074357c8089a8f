package org.kcity.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class BudgetLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetCategory category;

    @Column(nullable = false)
    public String description;

    /** Whole KRW. */
    @Column(nullable = false)
    public long amount;

    protected BudgetLine() {
    }

    public BudgetLine(BudgetCategory category, String description, long amount) {
        this.category = category;
        this.description = description;
        this.amount = amount;
    }
}
