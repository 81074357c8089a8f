package org.kcity.budget.event;

/** This service's view of {@code kcity.executor.project_cancelled.v1}: the project will never run. */
public record ProjectCancelled(String projectId) {

    public static final String TYPE = "kcity.executor.project_cancelled.v1";
}
