package org.kcity.applications.domain;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named group of countries for the statistics (e.g. "ASEAN"); a country no group lists counts for its continent. */
public record RegionGroup(
        @Schema(example = "ASEAN") @NotBlank @Size(max = 120) String name,
        @Schema(example = "[\"BN\", \"KH\", \"ID\", \"LA\", \"MY\", \"MM\", \"PH\", \"SG\", \"TH\", \"VN\"]") @NotEmpty @Size(max = 250) List<@NotNull @Size(min = 2, max = 2) @Pattern(regexp = "^[A-Z]{2}$", message = "must be an upper-case ISO 3166-1 alpha-2 code") String> countries) {

    public boolean contains(String country) {
        return countries.contains(country);
    }
}
