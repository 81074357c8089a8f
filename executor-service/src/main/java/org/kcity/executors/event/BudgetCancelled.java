package org.kcity.executors.event;

/** This service's view of {@code kcity.budget.cancelled.v1}: the project has no money and will not run. */
public record BudgetCancelled(String projectId, String reason) {

    public static final String TYPE = "kcity.budget.cancelled.v1";
}
