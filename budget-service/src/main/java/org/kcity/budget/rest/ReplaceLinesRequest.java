package org.kcity.budget.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The complete new set of lines of a draft. */
public record ReplaceLinesRequest(@NotNull @Size(min = 1, max = BudgetLineBody.MAX_LINES) List<@Valid @NotNull BudgetLineBody> lines) {
}
