package org.kcity.selection.domain;

/** The program's tracks, each with its own quota and support range in a call. */
public enum Track {
    URBAN_DEVELOPMENT,
    SOLUTION_PLANNING,
    SOLUTION_DEMONSTRATION
}
