package org.kcity.selection.domain;

/**
 * Where the ranking put one application.
 *
 * @param reason          null when selected
 * @param rank            position among the rankable applications of its track in walk order; null when out
 * @param reservePosition position on its track's reserve list; null unless a reserve
 */
public record Placement(RankingEntry entry, Outcome outcome, PlacementReason reason, Integer rank, Integer reservePosition) {
}
