package org.kcity.budget.domain;

import java.util.Set;

/**
 * DRAFT -> FINALIZED -> ADJUSTED (demonstrations only). A revoked selection cancels a draft at once (CANCELLED). A
 * committed budget's money stays committed until executor-service settles the project's fate: REVOCATION_PENDING
 * until then, CANCELLED (money released) when it cancelled the project, TERMINATION_REQUIRED when the project had
 * already commenced: its money is being spent and is released only by the project's own termination.
 */
public enum BudgetState {
    DRAFT,
    FINALIZED,
    ADJUSTED,
    REVOCATION_PENDING,
    TERMINATION_REQUIRED,
    CANCELLED;

    /** The states whose total is taken from the call's envelope. */
    public static final Set<BudgetState> COMMITTED = Set.of(FINALIZED, ADJUSTED, REVOCATION_PENDING, TERMINATION_REQUIRED);
}
