package org.kcity.budget.domain;

/** The program's tracks; only demonstrations go through a budget adjustment before they start. */
public enum Track {
    URBAN_DEVELOPMENT,
    SOLUTION_PLANNING,
    SOLUTION_DEMONSTRATION;

    public boolean isDemonstration() {
        return this == SOLUTION_DEMONSTRATION;
    }
}
