package org.kcity.budget.domain;

/** What the finalized and adjusted budgets of one track take from the call's envelope (whole KRW). */
public record TrackCommitment(Track track, long committed, long budgets) {
}
