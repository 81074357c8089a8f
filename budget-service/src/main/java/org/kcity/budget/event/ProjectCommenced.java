package org.kcity.budget.event;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** This service's view of {@code kcity.executor.project_commenced.v1}: the project's money is being spent. */
public record ProjectCommenced(@NotNull String projectId, @NotNull LocalDate startDate) {

    public static final String TYPE = "kcity.executor.project_commenced.v1";
}
