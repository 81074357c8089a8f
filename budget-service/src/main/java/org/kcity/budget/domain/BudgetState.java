package org.kcity.budget.domain;

import java.util.Set;

/** DRAFT -> FINALIZED -> ADJUSTED (demonstrations only); any of them -> CANCELLED when the selection is revoked. */
public enum BudgetState {
    DRAFT,
    FINALIZED,
    ADJUSTED,
    CANCELLED;

    /** The states whose total is taken from the call's envelope. */
    public static final Set<BudgetState> COMMITTED = Set.of(FINALIZED, ADJUSTED);
}
