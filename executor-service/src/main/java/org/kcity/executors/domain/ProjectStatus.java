package org.kcity.executors.domain;

public enum ProjectStatus {
    /** Selected; its executor is not appointed yet (waiting for the budget, or tendering). */
    AWAITING_EXECUTOR,
    /** The executor is appointed and the start date fixed. */
    SCHEDULED,
    COMMENCED,
    CANCELLED
}
