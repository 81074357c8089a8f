package org.kcity.budget.domain;

public enum BudgetCategory {
    PERSONNEL,
    CONSULTING,
    TRAVEL,
    EQUIPMENT,
    DEMONSTRATION_OPERATION,
    OTHER
}
