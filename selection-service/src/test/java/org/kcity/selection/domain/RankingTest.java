package org.kcity.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcity.selection.domain.CandidateStatus.SCREENED_IN;
import static org.kcity.selection.domain.CandidateStatus.SCREENED_OUT;
import static org.kcity.selection.domain.CandidateStatus.SUBMITTED;
import static org.kcity.selection.domain.CandidateStatus.WITHDRAWN;
import static org.kcity.selection.domain.Track.SOLUTION_PLANNING;
import static org.kcity.selection.domain.Track.URBAN_DEVELOPMENT;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void a_higher_score_ranks_first() {
        Ranking ranking = Ranking.of(rules(2), List.of(
                entry("a", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 7000, 7000, 7000),
                entry("b", URBAN_DEVELOPMENT, "KE", 5, SUBMITTED, 8000, 8000, 8000)));

        assertThat(ids(ranking)).containsExactly("b", "a");
        assertThat(ranking.placements().get(0).rank()).isEqualTo(1);
        assertThat(ranking.placements().get(1).rank()).isEqualTo(2);
    }

    @Test
    void equal_scores_go_to_the_earlier_submission() {
        Ranking ranking = Ranking.of(rules(1), List.of(
                entry("a", URBAN_DEVELOPMENT, "GH", 10, SUBMITTED, 7500, 7500, 7500),
                entry("b", URBAN_DEVELOPMENT, "KE", 5, SUBMITTED, 7000, 8000, 7500)));

        assertThat(ids(ranking)).containsExactly("b", "a");
        assertThat(outcomes(ranking)).containsExactly(Outcome.SELECTED, Outcome.RESERVE);
    }

    @Test
    void equal_scores_and_submission_times_go_to_the_lower_application_id() {
        Ranking ranking = Ranking.of(rules(1), List.of(
                entry("app-2", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 7500, 7500, 7500),
                entry("app-1", URBAN_DEVELOPMENT, "KE", 0, SUBMITTED, 7500, 7500, 7500)));

        assertThat(ids(ranking)).containsExactly("app-1", "app-2");
        assertThat(outcomes(ranking)).containsExactly(Outcome.SELECTED, Outcome.RESERVE);
    }

    @Test
    void scores_are_compared_exactly_not_as_shown() {
        RankingEntry slightlyBetter = entry("late", URBAN_DEVELOPMENT, "GH", 30, SUBMITTED, 7000, 7000, 7001);
        RankingEntry shownEqual = entry("early", URBAN_DEVELOPMENT, "KE", 0, SUBMITTED, 7000, 7000, 7000);

        Ranking ranking = Ranking.of(rules(1), List.of(shownEqual, slightlyBetter));

        assertThat(slightlyBetter.score().display()).isEqualTo("70.00").isEqualTo(shownEqual.score().display());
        assertThat(ids(ranking)).containsExactly("late", "early");
    }

    @Test
    void scores_with_different_sheet_counts_compare_by_their_exact_means() {
        RankingEntry twoSheets = entry("two", URBAN_DEVELOPMENT, "GH", 30, SUBMITTED, 7000, 7001);
        RankingEntry threeSheets = entry("three", URBAN_DEVELOPMENT, "KE", 0, SUBMITTED, 7000, 7000, 7002);

        Ranking ranking = Ranking.of(new RankingRules(PassingScore.of(BigDecimal.valueOf(60)), 2, true, Map.of(URBAN_DEVELOPMENT, 1)),
                List.of(threeSheets, twoSheets));

        // 14001/200 = 70.005 and 21002/300 = 70.00667 both show as 70.01
        assertThat(twoSheets.score().display()).isEqualTo("70.01").isEqualTo(threeSheets.score().display());
        assertThat(ids(ranking)).containsExactly("three", "two");
    }

    @Test
    void the_score_is_the_mean_of_all_filed_sheets_shown_half_up() {
        assertThat(entry("x", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 7000, 7001).score().display()).isEqualTo("70.01");
        assertThat(entry("x", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 6999, 7000, 7000).score().display()).isEqualTo("70.00");
        assertThat(entry("x", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 10000, 10000, 10000).score().display()).isEqualTo("100.00");
        assertThat(entry("x", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 5000, 6000, 7000, 8000).score().display()).isEqualTo("65.00");
        assertThat(Score.NONE.display()).isNull();
    }

    @Test
    void the_passing_score_is_compared_exactly() {
        Ranking ranking = Ranking.of(rules(5), List.of(
                entry("shown-70-but-below", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 6999, 7000, 7000),
                entry("exactly-70", URBAN_DEVELOPMENT, "KE", 0, SUBMITTED, 7000, 7000, 7000)));

        assertThat(placement(ranking, "shown-70-but-below").outcome()).isEqualTo(Outcome.OUT);
        assertThat(placement(ranking, "shown-70-but-below").reason()).isEqualTo(PlacementReason.BELOW_PASSING_SCORE);
        assertThat(placement(ranking, "shown-70-but-below").rank()).isNull();
        assertThat(placement(ranking, "exactly-70").outcome()).isEqualTo(Outcome.SELECTED);
    }

    @Test
    void a_passing_score_with_decimals_is_compared_exactly() {
        RankingRules rules = new RankingRules(PassingScore.of(new BigDecimal("70.50")), 2, true, Map.of(URBAN_DEVELOPMENT, 3));

        Ranking ranking = Ranking.of(rules, List.of(
                entry("just", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 7050, 7050),
                entry("short", URBAN_DEVELOPMENT, "KE", 0, SUBMITTED, 7050, 7049)));

        assertThat(placement(ranking, "just").outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(placement(ranking, "short").reason()).isEqualTo(PlacementReason.BELOW_PASSING_SCORE);
    }

    @Test
    void too_few_sheets_puts_an_application_out_whatever_its_score() {
        Ranking ranking = Ranking.of(rules(5), List.of(
                entry("two-sheets", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 10000, 10000),
                entry("no-sheets", URBAN_DEVELOPMENT, "KE", 0, SUBMITTED)));

        assertThat(placement(ranking, "two-sheets").reason()).isEqualTo(PlacementReason.TOO_FEW_SHEETS);
        assertThat(placement(ranking, "no-sheets").reason()).isEqualTo(PlacementReason.TOO_FEW_SHEETS);
        assertThat(placement(ranking, "no-sheets").entry().score().display()).isNull();
    }

    @Test
    void only_submitted_and_screened_in_applications_are_ranked() {
        Ranking ranking = Ranking.of(rules(5), List.of(
                entry("submitted", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 8000, 8000, 8000),
                entry("screened-in", URBAN_DEVELOPMENT, "KE", 0, SCREENED_IN, 8000, 8000, 8000),
                entry("screened-out", URBAN_DEVELOPMENT, "TZ", 0, SCREENED_OUT, 9000, 9000, 9000),
                entry("withdrawn", URBAN_DEVELOPMENT, "VN", 0, WITHDRAWN, 9500, 9500, 9500)));

        assertThat(placement(ranking, "submitted").outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(placement(ranking, "screened-in").outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(placement(ranking, "screened-out").reason()).isEqualTo(PlacementReason.SCREENED_OUT);
        assertThat(placement(ranking, "withdrawn").reason()).isEqualTo(PlacementReason.WITHDRAWN);
        assertThat(ids(ranking)).startsWith("screened-in", "submitted");
    }

    @Test
    void a_full_quota_sends_the_rest_to_the_reserve_list_in_walk_order() {
        Ranking ranking = Ranking.of(rules(2), List.of(
                entry("d", URBAN_DEVELOPMENT, "TZ", 0, SUBMITTED, 7100, 7100, 7100),
                entry("a", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 9000, 9000, 9000),
                entry("c", URBAN_DEVELOPMENT, "VN", 0, SUBMITTED, 7500, 7500, 7500),
                entry("b", URBAN_DEVELOPMENT, "KE", 0, SUBMITTED, 8000, 8000, 8000)));

        assertThat(ids(ranking)).containsExactly("a", "b", "c", "d");
        assertThat(outcomes(ranking)).containsExactly(Outcome.SELECTED, Outcome.SELECTED, Outcome.RESERVE, Outcome.RESERVE);
        assertThat(placement(ranking, "c").reason()).isEqualTo(PlacementReason.QUOTA_FULL);
        assertThat(placement(ranking, "c").reservePosition()).isEqualTo(1);
        assertThat(placement(ranking, "d").reservePosition()).isEqualTo(2);
        assertThat(placement(ranking, "d").rank()).isEqualTo(4);
    }

    @Test
    void one_per_country_skips_a_taken_country_and_selects_the_next_one() {
        Ranking ranking = Ranking.of(rules(2), List.of(
                entry("gh-1", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 9000, 9000, 9000),
                entry("gh-2", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 8500, 8500, 8500),
                entry("ke-1", URBAN_DEVELOPMENT, "KE", 0, SUBMITTED, 8000, 8000, 8000),
                entry("tz-1", URBAN_DEVELOPMENT, "TZ", 0, SUBMITTED, 7500, 7500, 7500)));

        assertThat(ids(ranking)).containsExactly("gh-1", "gh-2", "ke-1", "tz-1");
        assertThat(outcomes(ranking)).containsExactly(Outcome.SELECTED, Outcome.RESERVE, Outcome.SELECTED, Outcome.RESERVE);
        assertThat(placement(ranking, "gh-2").reason()).isEqualTo(PlacementReason.COUNTRY_TAKEN);
        assertThat(placement(ranking, "gh-2").reservePosition()).isEqualTo(1);
        assertThat(placement(ranking, "tz-1").reason()).isEqualTo(PlacementReason.QUOTA_FULL);
        assertThat(placement(ranking, "tz-1").reservePosition()).isEqualTo(2);
    }

    @Test
    void a_country_selected_in_one_track_is_taken_for_every_track_of_the_call() {
        Ranking ranking = Ranking.of(rules(2), List.of(
                entry("urban-gh", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 9000, 9000, 9000),
                entry("solution-gh", SOLUTION_PLANNING, "GH", 0, SUBMITTED, 8000, 8000, 8000),
                entry("solution-ke", SOLUTION_PLANNING, "KE", 0, SUBMITTED, 7000, 7000, 7000)));

        assertThat(placement(ranking, "solution-gh").reason()).isEqualTo(PlacementReason.COUNTRY_TAKEN);
        assertThat(placement(ranking, "solution-gh").rank()).isEqualTo(1);
        assertThat(placement(ranking, "solution-ke").outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(placement(ranking, "solution-ke").rank()).isEqualTo(2);
    }

    @Test
    void without_one_per_country_a_country_may_have_several_projects() {
        RankingRules rules = new RankingRules(PassingScore.of(BigDecimal.valueOf(70)), 3, false, Map.of(URBAN_DEVELOPMENT, 2));

        Ranking ranking = Ranking.of(rules, List.of(
                entry("gh-1", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 9000, 9000, 9000),
                entry("gh-2", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 8500, 8500, 8500)));

        assertThat(outcomes(ranking)).containsExactly(Outcome.SELECTED, Outcome.SELECTED);
    }

    @Test
    void a_track_the_call_does_not_offer_selects_nobody() {
        Ranking ranking = Ranking.of(rules(2), List.of(
                entry("demo", Track.SOLUTION_DEMONSTRATION, "GH", 0, SUBMITTED, 9000, 9000, 9000)));

        assertThat(placement(ranking, "demo").reason()).isEqualTo(PlacementReason.QUOTA_FULL);
    }

    @Test
    void the_placements_list_rankable_applications_in_walk_order_then_those_out() {
        Ranking ranking = Ranking.of(rules(1), List.of(
                entry("out-best", URBAN_DEVELOPMENT, "VN", 0, WITHDRAWN, 9900, 9900, 9900),
                entry("reserve", URBAN_DEVELOPMENT, "KE", 0, SUBMITTED, 7500, 7500, 7500),
                entry("selected", URBAN_DEVELOPMENT, "GH", 0, SUBMITTED, 8000, 8000, 8000),
                entry("out-low", URBAN_DEVELOPMENT, "TZ", 0, SUBMITTED, 5000, 5000, 5000)));

        assertThat(ids(ranking)).containsExactly("selected", "reserve", "out-best", "out-low");
        assertThat(ranking.withOutcome(Outcome.OUT)).extracting(p -> p.entry().applicationId()).containsExactly("out-best", "out-low");
        assertThat(ranking.inTrack(SOLUTION_PLANNING)).isEmpty();
    }

    private static RankingRules rules(int quotaPerTrack) {
        return new RankingRules(PassingScore.of(BigDecimal.valueOf(70)), 3, true,
                Map.of(URBAN_DEVELOPMENT, quotaPerTrack, SOLUTION_PLANNING, quotaPerTrack));
    }

    /** An entry whose sheets have the given sum(score x weight) each (7000 is a sheet total of 70.00). */
    static RankingEntry entry(String id, Track track, String country, int submittedMinute, CandidateStatus status, long... sheets) {
        Score score = Arrays.stream(sheets).mapToObj(Score::ofSheet).reduce(Score.NONE, Score::plus);
        return new RankingEntry(id, track, country, T0.plusSeconds(60L * submittedMinute), status, score);
    }

    private static List<String> ids(Ranking ranking) {
        return ranking.placements().stream().map(p -> p.entry().applicationId()).toList();
    }

    private static List<Outcome> outcomes(Ranking ranking) {
        return ranking.placements().stream().map(Placement::outcome).toList();
    }

    private static Placement placement(Ranking ranking, String id) {
        return ranking.placements().stream().filter(p -> p.entry().applicationId().equals(id)).findFirst().orElseThrow();
    }
}
