package org.kcity.budget.service;

import org.kcity.budget.domain.BudgetState;
import org.kcity.budget.domain.Track;
import org.kcity.platform.persistence.Conditions;

/** Which budgets an officer lists; a null criterion does not filter. */
public record BudgetFilter(String callId, String projectId, Track track, BudgetState state) {

    Conditions conditions() {
        return new Conditions().with("callId = :callId", "callId", callId)
                .with("projectId = :projectId", "projectId", projectId).with("track = :track", "track", track)
                .with("state = :state", "state", state);
    }
}
