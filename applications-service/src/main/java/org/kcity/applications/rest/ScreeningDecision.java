package org.kcity.applications.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.applications.domain.ScreeningOutcome;

/** @param reason required when screening out */
public record ScreeningDecision(
        @Schema(example = "SCREENED_IN") @NotNull ScreeningOutcome outcome,
        @Schema(example = "A public body of the site country, within the track's support range") @Size(max = 2000) String reason) {
}
