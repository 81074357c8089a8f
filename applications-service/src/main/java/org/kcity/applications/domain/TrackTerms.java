package org.kcity.applications.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a call offers in one track: how many projects, and the support range per project in whole KRW. */
public record TrackTerms(
        @Schema(example = "SOLUTION_PLANNING") @NotNull Track track,
        @Schema(example = "4") @NotNull @Min(1) @Max(100) Integer quota,
        @Schema(example = "200000000") @NotNull @Min(0) @Max(MAX_KRW) Long supportFloor,
        @Schema(example = "300000000") @NotNull @Min(0) @Max(MAX_KRW) Long supportCap) {

    /** A sanity bound on amounts (a quadrillion won), so sums over a call cannot overflow. */
    public static final long MAX_KRW = 1_000_000_000_000_000L;

    public boolean admits(long requestedSupport) {
        return requestedSupport >= supportFloor && requestedSupport <= supportCap;
    }
}
