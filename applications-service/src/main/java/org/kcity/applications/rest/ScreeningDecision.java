package org.kcity.applications.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kcity.applications.domain.ScreeningOutcome;

/** @param reason required when screening out */
public record ScreeningDecision(@NotNull ScreeningOutcome outcome, @Size(max = 2000) String reason) {
}
