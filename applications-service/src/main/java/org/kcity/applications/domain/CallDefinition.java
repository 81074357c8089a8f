package org.kcity.applications.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.platform.openapi.Examples;
import org.kcity.platform.problem.Problem.Violation;

/**
 * Everything an officer configures on a call. The shape of each field is checked by bean validation (400);
 * whether the fields make sense together is {@link #faults(Countries)} (422).
 *
 * @param evaluationsPerApplication defaults to 3
 * @param onePerCountry             defaults to true
 */
public record CallDefinition(
        @Schema(example = "2027") @NotNull @Min(2000) @Max(2999) Integer year,
        @Schema(example = Examples.CALL_TITLE) @NotBlank @Size(max = 300) String title,
        @NotEmpty @Size(max = 3) List<@NotNull @Valid TrackTerms> tracks,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Criterion> criteria,
        @Schema(example = "2027-03-02T10:00:00+09:00") @NotNull OffsetDateTime opensAt,
        @Schema(example = "2027-04-30T18:00:00+09:00") @NotNull OffsetDateTime closesAt,
        @Schema(example = "3000000000") @NotNull @Min(0) @Max(TrackTerms.MAX_KRW) Long envelope,
        @Schema(example = "70") @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal passingScore,
        @Schema(example = "3") @Min(1) @Max(20) Integer evaluationsPerApplication,
        @Schema(example = "true") Boolean onePerCountry,
        @Size(max = 100) List<@NotNull @Valid RegionGroup> regionGroups) {

    public static final int DEFAULT_EVALUATIONS_PER_APPLICATION = 3;

    public int evaluationsOrDefault() {
        return evaluationsPerApplication == null ? DEFAULT_EVALUATIONS_PER_APPLICATION : evaluationsPerApplication;
    }

    public boolean onePerCountryOrDefault() {
        return onePerCountry == null || onePerCountry;
    }

    public List<RegionGroup> regionGroupsOrNone() {
        return regionGroups == null ? List.of() : regionGroups;
    }

    /** Every way in which the configuration contradicts itself; empty when it is consistent. */
    public List<Violation> faults(Countries countries) {
        List<Violation> faults = new ArrayList<>();
        int weights = criteria.stream().mapToInt(Criterion::weight).sum();
        if (weights != 100) {
            faults.add(Violation.ofRule("WEIGHTS_NOT_100", "The criteria weights sum to " + weights + ", not 100"));
        }
        duplicates(criteria, Criterion::code).forEach(code -> faults.add(
                Violation.ofRule("DUPLICATE_CRITERION", "Criterion " + code + " is listed more than once")));
        duplicates(tracks, TrackTerms::track).forEach(track -> faults.add(
                Violation.ofRule("DUPLICATE_TRACK", "Track " + track + " is listed more than once")));
        for (int i = 0; i < tracks.size(); i++) {
            TrackTerms terms = tracks.get(i);
            if (terms.supportFloor() > terms.supportCap()) {
                faults.add(new Violation("FLOOR_ABOVE_CAP", "tracks[" + i + "]", "The support floor of " + terms.track()
                        + " (" + terms.supportFloor() + ") is above its cap (" + terms.supportCap() + ")"));
            }
        }
        long minimumNeed = tracks.stream().mapToLong(terms -> terms.quota() * terms.supportFloor()).sum();
        if (minimumNeed > envelope) {
            faults.add(Violation.ofRule("ENVELOPE_TOO_SMALL", "The envelope (" + envelope
                    + ") cannot fund every quota at its support floor (" + minimumNeed + ")"));
        }
        if (!closesAt.isAfter(opensAt)) {
            faults.add(Violation.ofRule("WINDOW_CLOSES_BEFORE_OPENING", "The window must close after it opens"));
        }
        regionGroupFaults(countries, faults);
        return faults;
    }

    private void regionGroupFaults(Countries countries, List<Violation> faults) {
        List<RegionGroup> groups = regionGroupsOrNone();
        duplicates(groups, RegionGroup::name).forEach(name -> faults.add(
                Violation.ofRule("DUPLICATE_REGION_GROUP", "Region group " + name + " is listed more than once")));
        Set<String> grouped = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            for (String country : groups.get(i).countries()) {
                if (!countries.isKnown(country)) {
                    faults.add(new Violation("UNKNOWN_COUNTRY", "regionGroups[" + i + "].countries",
                            country + " is not an ISO 3166-1 alpha-2 country code"));
                } else if (!grouped.add(country)) {
                    faults.add(new Violation("COUNTRY_IN_SEVERAL_REGION_GROUPS", "regionGroups[" + i + "].countries",
                            country + " is in more than one region group"));
                }
            }
        }
    }

    private static <T, K> Set<K> duplicates(List<T> items, Function<T, K> key) {
        Set<K> seen = new HashSet<>();
        Set<K> repeated = new LinkedHashSet<>();
        items.forEach(item -> {
            if (!seen.add(key.apply(item))) {
                repeated.add(key.apply(item));
            }
        });
        return repeated;
    }
}
