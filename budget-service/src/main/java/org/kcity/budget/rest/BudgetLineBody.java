package org.kcity.budget.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.budget.domain.BudgetCategory;
import org.kcity.budget.domain.BudgetLine;
import org.kcity.platform.openapi.Examples;

/** A budget line in requests and answers; the amount is whole KRW. */
public record BudgetLineBody(
        @Schema(example = "CONSULTING") @NotNull BudgetCategory category,
        @Schema(example = "Corridor traffic survey and signal master plan by Korean engineers") @NotBlank @Size(max = 500) String description,
        @Schema(example = Examples.REQUESTED_SUPPORT) @NotNull @Positive @Max(MAX_AMOUNT) Long amount) {

    /** KRW 10^15: far above any project's support, and MAX_LINES such lines still sum to far less than Long.MAX_VALUE. */
    public static final long MAX_AMOUNT = 1_000_000_000_000_000L;
    public static final int MAX_LINES = 100;

    static BudgetLineBody of(BudgetLine line) {
        return new BudgetLineBody(line.category, line.description, line.amount);
    }

    static List<BudgetLine> toLines(List<BudgetLineBody> bodies) {
        return bodies.stream().map(body -> new BudgetLine(body.category(), body.description(), body.amount())).toList();
    }
}
