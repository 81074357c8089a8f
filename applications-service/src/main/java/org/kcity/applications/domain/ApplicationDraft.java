package org.kcity.applications.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.platform.openapi.Examples;
import org.kcity.platform.problem.Problem.Violation;

/**
 * What an applicant writes into an application. The applicant's organization id is not here: it is the
 * caller's, from the token.
 *
 * @param partner the foreign public partner, required for demonstrations when submitting
 */
public record ApplicationDraft(
        @Schema(example = Examples.CALL_ID) @NotBlank @Size(max = 36) String callId,
        @Schema(example = "SOLUTION_PLANNING") @NotNull Track track,
        @Schema(example = "VN") @NotNull @Size(min = 2, max = 2) @Pattern(regexp = "^[A-Z]{2}$", message = "must be an upper-case ISO 3166-1 alpha-2 code") String siteCountry,
        @Schema(example = "Da Nang") @NotBlank @Size(max = 200) String city,
        @Schema(example = Examples.TITLE) @NotBlank @Size(max = 300) String title,
        @Schema(example = Examples.SUMMARY) @NotNull @Size(max = 4000) String summary,
        @NotNull @Valid Organization applicant,
        @Valid Organization partner,
        @Schema(example = Examples.REQUESTED_SUPPORT) @NotNull @Min(0) @Max(TrackTerms.MAX_KRW) Long requestedSupport,
        @NotNull @Valid Contact contact) {

    /** Country codes of the right shape that ISO 3166-1 does not assign. */
    public List<Violation> unknownCountries(Countries countries) {
        List<Violation> faults = new ArrayList<>();
        requireKnown(countries, siteCountry, "siteCountry", faults);
        requireKnown(countries, applicant.country(), "applicant.country", faults);
        if (partner != null) {
            requireKnown(countries, partner.country(), "partner.country", faults);
        }
        return faults;
    }

    private static void requireKnown(Countries countries, String code, String field, List<Violation> faults) {
        if (!countries.isKnown(code)) {
            faults.add(new Violation("UNKNOWN_COUNTRY", field, code + " is not an ISO 3166-1 alpha-2 country code"));
        }
    }
}
