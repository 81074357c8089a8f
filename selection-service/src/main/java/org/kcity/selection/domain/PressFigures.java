package org.kcity.selection.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures a press release quotes about a call's result: entries and distinct countries per track and
 * overall, selected projects per track and per region. An entry is an application submitted and not withdrawn, as
 * in intake's public statistics; withdrawn applications are counted apart.
 */
public record PressFigures(
        @Schema(example = "111") int entries,
        @Schema(example = "39") int countries,
        @Schema(example = "4") int withdrawn,
        List<TrackFigures> byTrack,
        List<RegionFigures> selectedByRegion) {

    /** A submitted application as the figures count it. */
    public record Entrant(Track track, String country, String region, boolean withdrawn) {
    }

    public record TrackFigures(
            @Schema(example = "SOLUTION_PLANNING") Track track,
            @Schema(example = "46") int entries,
            @Schema(example = "27") int countries,
            @Schema(example = "4") int selected) {
    }

    public record RegionFigures(
            @Schema(example = "ASEAN") String region,
            @Schema(example = "3") int selected) {
    }

    /**
     * @param offeredTracks the call's tracks, listed even without entries
     * @param namedRegions  the call's region groups, listed even without selections; other regions follow by name
     * @param submitted     every application submitted to the call, withdrawn ones too
     */
    public static PressFigures of(List<Track> offeredTracks, List<String> namedRegions, List<Entrant> submitted,
            List<Entrant> selected) {
        List<Entrant> entrants = submitted.stream().filter(entrant -> !entrant.withdrawn()).toList();
        Set<Track> tracks = new LinkedHashSet<>(offeredTracks);
        entrants.stream().map(Entrant::track).sorted().forEach(tracks::add);
        List<TrackFigures> byTrack = new ArrayList<>();
        for (Track track : tracks) {
            List<Entrant> inTrack = entrants.stream().filter(e -> e.track() == track).toList();
            byTrack.add(new TrackFigures(track, inTrack.size(), distinctCountries(inTrack),
                    (int) selected.stream().filter(e -> e.track() == track).count()));
        }
        Set<String> regions = new LinkedHashSet<>(namedRegions);
        selected.stream().map(Entrant::region).collect(Collectors.toCollection(TreeSet::new)).forEach(regions::add);
        List<RegionFigures> byRegion = regions.stream()
                .map(region -> new RegionFigures(region, (int) selected.stream().filter(e -> e.region().equals(region)).count()))
                .toList();
        return new PressFigures(entrants.size(), distinctCountries(entrants), submitted.size() - entrants.size(), byTrack,
                byRegion);
    }

    private static int distinctCountries(List<Entrant> entrants) {
        return (int) entrants.stream().map(Entrant::country).distinct().count();
    }
}
