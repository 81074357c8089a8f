package org.kcity.selection.domain;

/** What the ranking makes of an application. */
public enum Outcome {
    SELECTED,
    RESERVE,
    OUT
}
