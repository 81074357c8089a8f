package org.kcity.executors.event;

import org.kcity.executors.domain.Track;

/** This service's view of {@code kcity.budget.finalized.v1}: a planning project's tender can be drafted with its total. */
public record BudgetFinalized(String projectId, Track track, long total) {

    public static final String TYPE = "kcity.budget.finalized.v1";
}
