package org.kcity.budget.domain;

import java.util.List;

/**
 * A call's envelope and how much of it finalized (and adjusted) budgets take, in whole KRW. Free is negative only
 * if a later CallOpened shrank the envelope below what was already committed.
 */
public record EnvelopeFigures(String callId, int year, String title, long envelope, long committed, long free,
        List<TrackFigures> tracks) {

    public record TrackFigures(Track track, int quota, long supportFloor, long supportCap, long committed,
            long committedBudgets) {
    }
}
