package org.kcity.executors.event;

/** This service's view of {@code kcity.selection.revoked.v1}: the project lost its selection. */
public record SelectionRevoked(String projectId, String reason) {

    public static final String TYPE = "kcity.selection.revoked.v1";
}
