package org.kcity.applications.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The intake figures of a call, as a press release quotes them ("111 entries from 39 countries").
 * Entries are the applications submitted and not withdrawn (selection's published figures count them the same way);
 * withdrawn ones are counted apart, and {@code byStatus} counts every submitted one.
 */
public record CallStatistics(
        @Schema(example = "111") long entries,
        @Schema(example = "39") long countries,
        @Schema(example = "4") long withdrawn,
        List<TrackFigures> byTrack,
        List<RegionFigures> byRegion,
        List<StatusFigures> byStatus) {

    public record TrackFigures(
            @Schema(example = "SOLUTION_PLANNING") Track track,
            @Schema(example = "46") long entries,
            @Schema(example = "27") long countries) {
    }

    public record RegionFigures(
            @Schema(example = "ASEAN") String region,
            @Schema(example = "38") long entries,
            @Schema(example = "9") long countries) {
    }

    public record StatusFigures(
            @Schema(example = "SCREENED_IN") ApplicationStatus status,
            @Schema(example = "97") long applications) {
    }

    /** @param submitted the call's applications that were ever submitted */
    public static CallStatistics of(Call call, Collection<Application> submitted) {
        List<Application> entries = submitted.stream().filter(app -> ApplicationStatus.LIVE.contains(app.status)).toList();
        List<TrackFigures> byTrack = call.tracks.stream().map(TrackTerms::track).map(track -> new TrackFigures(track,
                count(entries, app -> app.track == track), countries(entries, app -> app.track == track))).toList();
        Map<String, List<Application>> perRegion = entries.stream()
                .collect(Collectors.groupingBy(app -> app.region, TreeMap::new, Collectors.toList()));
        List<RegionFigures> byRegion = perRegion.entrySet().stream().map(region -> new RegionFigures(region.getKey(),
                region.getValue().size(), countries(region.getValue(), app -> true))).toList();
        List<StatusFigures> byStatus = Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT)
                .map(status -> new StatusFigures(status, count(submitted, app -> app.status == status))).toList();
        return new CallStatistics(entries.size(), countries(entries, app -> true),
                count(submitted, app -> app.status == ApplicationStatus.WITHDRAWN), byTrack, byRegion, byStatus);
    }

    private static long count(Collection<Application> applications, Predicate<Application> filter) {
        return applications.stream().filter(filter).count();
    }

    private static long countries(Collection<Application> applications, Predicate<Application> filter) {
        return applications.stream().filter(filter).map(app -> app.siteCountry).distinct().count();
    }
}
