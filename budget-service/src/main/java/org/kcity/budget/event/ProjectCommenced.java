package org.kcity.budget.event;

import java.time.LocalDate;

/** This service's view of {@code kcity.executor.project_commenced.v1}: the project's money is being spent. */
public record ProjectCommenced(String projectId, LocalDate startDate) {

    public static final String TYPE = "kcity.executor.project_commenced.v1";
}
