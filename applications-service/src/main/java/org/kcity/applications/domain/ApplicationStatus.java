package org.kcity.applications.domain;

import java.util.EnumSet;
import java.util.Set;

public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    SCREENED_IN,
    SCREENED_OUT,
    WITHDRAWN;

    /**
     * Submitted and not withdrawn: an entry of the call. A screened-out entry stays one, so an organization
     * cannot replace it by submitting again in the same track; withdrawing frees the slot.
     */
    public static final Set<ApplicationStatus> LIVE = EnumSet.of(SUBMITTED, SCREENED_IN, SCREENED_OUT);
}
