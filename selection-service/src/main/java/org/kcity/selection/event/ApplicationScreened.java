package org.kcity.selection.event;

import org.kcity.selection.domain.CandidateStatus;

/** What this service reads of {@code kcity.application.screened.v1}; outcome is SCREENED_IN or SCREENED_OUT. */
public record ApplicationScreened(String applicationId, String callId, CandidateStatus outcome, String reason) {

    public static final String TYPE = "kcity.application.screened.v1";
}
