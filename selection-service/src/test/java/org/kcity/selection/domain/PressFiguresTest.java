package org.kcity.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kcity.selection.domain.PressFigures.Entrant;
import org.kcity.selection.domain.PressFigures.RegionFigures;
import org.kcity.selection.domain.PressFigures.TrackFigures;

class PressFiguresTest {

    @Test
    void entries_and_distinct_countries_are_counted_per_track_and_overall_and_selections_per_region() {
        Entrant ghUrban = new Entrant(Track.URBAN_DEVELOPMENT, "GH", "Africa", false);
        Entrant ghUrban2 = new Entrant(Track.URBAN_DEVELOPMENT, "GH", "Africa", false);
        Entrant vnUrban = new Entrant(Track.URBAN_DEVELOPMENT, "VN", "ASEAN", false);
        Entrant ghSolution = new Entrant(Track.SOLUTION_PLANNING, "GH", "Africa", false);
        Entrant peSolution = new Entrant(Track.SOLUTION_PLANNING, "PE", "South America", false);

        PressFigures figures = PressFigures.of(List.of(Track.URBAN_DEVELOPMENT, Track.SOLUTION_PLANNING, Track.SOLUTION_DEMONSTRATION),
                List.of("ASEAN", "Central Asia"), List.of(ghUrban, ghUrban2, vnUrban, ghSolution, peSolution),
                List.of(ghUrban, vnUrban, peSolution));

        assertThat(figures.entries()).isEqualTo(5);
        assertThat(figures.withdrawn()).isZero();
        assertThat(figures.countries()).isEqualTo(3);
        assertThat(figures.byTrack()).containsExactly(
                new TrackFigures(Track.URBAN_DEVELOPMENT, 3, 2, 2),
                new TrackFigures(Track.SOLUTION_PLANNING, 2, 2, 1),
                new TrackFigures(Track.SOLUTION_DEMONSTRATION, 0, 0, 0));
        assertThat(figures.selectedByRegion()).containsExactly(
                new RegionFigures("ASEAN", 1), new RegionFigures("Central Asia", 0),
                new RegionFigures("Africa", 1), new RegionFigures("South America", 1));
    }

    @Test
    void a_withdrawn_application_is_no_entry_and_is_counted_apart() {
        Entrant ghUrban = new Entrant(Track.URBAN_DEVELOPMENT, "GH", "Africa", false);
        Entrant kzWithdrawn = new Entrant(Track.SOLUTION_PLANNING, "KZ", "Central Asia", true);

        PressFigures figures = PressFigures.of(List.of(Track.URBAN_DEVELOPMENT, Track.SOLUTION_PLANNING), List.of(),
                List.of(ghUrban, kzWithdrawn), List.of(ghUrban));

        assertThat(figures.entries()).isEqualTo(1);
        assertThat(figures.countries()).isEqualTo(1);
        assertThat(figures.withdrawn()).isEqualTo(1);
        assertThat(figures.byTrack()).containsExactly(new TrackFigures(Track.URBAN_DEVELOPMENT, 1, 1, 1),
                new TrackFigures(Track.SOLUTION_PLANNING, 0, 0, 0));
    }
}
