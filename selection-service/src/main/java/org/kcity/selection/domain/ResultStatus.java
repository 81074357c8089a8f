package org.kcity.selection.domain;

/** Where an application stands in a published result. */
public enum ResultStatus {
    SELECTED,
    RESERVE,
    REVOKED
}
