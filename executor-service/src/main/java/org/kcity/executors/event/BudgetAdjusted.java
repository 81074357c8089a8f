package org.kcity.executors.event;

import org.kcity.executors.domain.Track;

/** This service's view of {@code kcity.budget.adjusted.v1}: a demonstration project's applicant can be appointed for its total. */
public record BudgetAdjusted(String projectId, Track track, long total) {

    public static final String TYPE = "kcity.budget.adjusted.v1";
}
