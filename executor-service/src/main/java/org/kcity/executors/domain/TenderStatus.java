package org.kcity.executors.domain;

/** Whether bidding is still possible while OPEN depends on the current round's deadline. */
public enum TenderStatus {
    DRAFT,
    OPEN,
    AWARDED,
    CANCELLED
}
