package org.kcity.budget.event;

/** This service's view of {@code kcity.selection.revoked.v1}. */
public record SelectionRevoked(String projectId, String reason) {

    public static final String TYPE = "kcity.selection.revoked.v1";
}
