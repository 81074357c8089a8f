package org.kcity.budget.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.platform.openapi.Examples;

/**
 * A call's envelope and how much of it finalized (and adjusted) budgets take, in whole KRW. Free is negative only
 * if a later CallOpened shrank the envelope below what was already committed.
 */
public record EnvelopeFigures(
        @Schema(example = Examples.CALL_ID) String callId,
        @Schema(example = "2027") int year,
        @Schema(example = Examples.CALL_TITLE) String title,
        @Schema(example = "3000000000") long envelope,
        @Schema(example = "1450000000") long committed,
        @Schema(example = "1550000000") long free,
        List<TrackFigures> tracks) {

    public record TrackFigures(
            @Schema(example = "SOLUTION_PLANNING") Track track,
            @Schema(example = "4") int quota,
            @Schema(example = "200000000") long supportFloor,
            @Schema(example = "300000000") long supportCap,
            @Schema(example = "1000000000") long committed,
            @Schema(example = "4") long committedBudgets) {
    }
}
