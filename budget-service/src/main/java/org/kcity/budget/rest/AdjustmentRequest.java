package org.kcity.budget.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lines agreed with the demonstrating company, and why they changed. */
public record AdjustmentRequest(
        @NotNull @Size(min = 1, max = BudgetLineBody.MAX_LINES) List<@Valid @NotNull BudgetLineBody> lines,
        @Schema(example = "Pilot reduced from four intersections to three, as agreed with the company on 2 August") @NotBlank @Size(max = 2000) String note) {
}
