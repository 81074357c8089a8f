package org.kcity.applications.domain;

/** The three kinds of project a call can offer. */
public enum Track {
    URBAN_DEVELOPMENT,
    SOLUTION_PLANNING,
    SOLUTION_DEMONSTRATION;

    /** Planning tracks are applied for by the foreign public body itself; a demonstration by a Korean company. */
    public boolean isPlanning() {
        return this != SOLUTION_DEMONSTRATION;
    }
}
