package org.kcity.budget.event;

import jakarta.validation.constraints.NotNull;

/** This service's view of {@code kcity.executor.project_cancelled.v1}: the project will never run. */
public record ProjectCancelled(@NotNull String projectId) {

    public static final String TYPE = "kcity.executor.project_cancelled.v1";
}
