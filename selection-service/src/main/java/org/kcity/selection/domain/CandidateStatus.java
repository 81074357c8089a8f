package org.kcity.selection.domain;

/** Where an application stands in intake, as the applications service reported it. */
public enum CandidateStatus {
    SUBMITTED,
    SCREENED_IN,
    SCREENED_OUT,
    WITHDRAWN;

    /** Submitted or screened in: the application can still be evaluated and ranked. */
    public boolean inCompetition() {
        return this == SUBMITTED || this == SCREENED_IN;
    }
}
