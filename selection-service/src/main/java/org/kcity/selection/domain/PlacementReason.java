package org.kcity.selection.domain;

/** Why an application is not selected: the first three put it out, the last two on its track's reserve list. */
public enum PlacementReason {
    WITHDRAWN,
    SCREENED_OUT,
    TOO_FEW_SHEETS,
    BELOW_PASSING_SCORE,
    QUOTA_FULL,
    COUNTRY_TAKEN
}
