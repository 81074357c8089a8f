package org.kcity.applications.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evaluation criterion; the weights of a call's criteria sum to 100. */
public record Criterion(
        @Schema(example = "RELEVANCE") @NotBlank @Size(max = 40) String code,
        @Schema(example = "Relevance to the city's development needs") @NotBlank @Size(max = 200) String name,
        @Schema(example = "40") @NotNull @Min(1) @Max(100) Integer weight) {
}
