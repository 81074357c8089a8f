package org.kcity.executors.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TenderScoringTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 9, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void total_is_the_technical_mean_plus_twenty_times_lowest_price_over_the_bid_price() {
        UUID cheap = UUID.randomUUID();
        UUID dear = UUID.randomUUID();
        List<TenderScoring.Standing> standings = TenderScoring.rank(List.of(
                new TenderScoring.Candidate(dear, 450_000_000L, NINE, List.of(70, 72, 74)),
                new TenderScoring.Candidate(cheap, 400_000_000L, NINE.plusMinutes(1), List.of(60, 62, 64))));

        TenderScoring.Standing first = standings.get(0);
        assertThat(first.bidId()).isEqualTo(dear);
        assertThat(first.technicalMean().toTwoDecimals()).isEqualTo("72.00");
        assertThat(first.priceScore()).isEqualTo(Ratio.of(160, 9));
        assertThat(first.priceScore().toTwoDecimals()).isEqualTo("17.78");
        assertThat(first.total().toTwoDecimals()).isEqualTo("89.78");
        assertThat(standings.get(1).priceScore().toTwoDecimals()).isEqualTo("20.00");
        assertThat(standings.get(1).total().toTwoDecimals()).isEqualTo("82.00");
        assertThat(standings).extracting(TenderScoring.Standing::rank).containsExactly(1, 2);
    }

    @Test
    void equal_totals_go_to_the_lower_price() {
        UUID cheap = UUID.randomUUID();
        UUID dear = UUID.randomUUID();
        // 70 + 20 = 90 and 74 + 16 = 90
        List<TenderScoring.Standing> standings = TenderScoring.rank(List.of(
                new TenderScoring.Candidate(dear, 500_000_000L, NINE, List.of(74, 74, 74)),
                new TenderScoring.Candidate(cheap, 400_000_000L, NINE.plusHours(1), List.of(70, 70, 70))));

        assertThat(standings.get(0).total()).isEqualByComparingTo(standings.get(1).total());
        assertThat(standings.get(0).bidId()).isEqualTo(cheap);
    }

    @Test
    void equal_totals_and_prices_go_to_the_earlier_bid() {
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        List<TenderScoring.Standing> standings = TenderScoring.rank(List.of(
                new TenderScoring.Candidate(late, 400_000_000L, NINE.plusSeconds(1), List.of(60, 80)),
                new TenderScoring.Candidate(early, 400_000_000L, NINE, List.of(70, 70))));

        assertThat(standings).extracting(TenderScoring.Standing::bidId).containsExactly(early, late);
    }

    @Test
    void totals_are_compared_exactly_not_after_rounding() {
        UUID cheaperEarlier = UUID.randomUUID();
        UUID exactlyBetter = UUID.randomUUID();
        // 70 + 20 = 90 against 70.333... + 19.66671... = 90.00004...: both show 90.00, the second is higher.
        List<TenderScoring.Standing> standings = TenderScoring.rank(List.of(
                new TenderScoring.Candidate(cheaperEarlier, 300_000_000L, NINE, List.of(70, 70, 70)),
                new TenderScoring.Candidate(exactlyBetter, 305_084_000L, NINE.plusHours(1), List.of(70, 70, 71))));

        assertThat(standings).extracting(s -> s.total().toTwoDecimals()).containsExactly("90.00", "90.00");
        assertThat(standings.get(0).bidId()).isEqualTo(exactlyBetter);
    }

    @Test
    void start_dates_are_august_for_planning_july_for_demonstrations_or_the_day_after_a_later_appointment() {
        assertThat(Track.URBAN_DEVELOPMENT.startDate(2027, LocalDate.of(2027, 3, 10)))
                .isEqualTo(LocalDate.of(2027, 8, 1));
        assertThat(Track.SOLUTION_PLANNING.startDate(2027, LocalDate.of(2027, 7, 31)))
                .isEqualTo(LocalDate.of(2027, 8, 1));
        assertThat(Track.SOLUTION_PLANNING.startDate(2027, LocalDate.of(2027, 8, 1)))
                .isEqualTo(LocalDate.of(2027, 8, 2));
        assertThat(Track.SOLUTION_DEMONSTRATION.startDate(2027, LocalDate.of(2027, 6, 2)))
                .isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(Track.SOLUTION_DEMONSTRATION.startDate(2027, LocalDate.of(2027, 9, 15)))
                .isEqualTo(LocalDate.of(2027, 9, 16));
    }
}
