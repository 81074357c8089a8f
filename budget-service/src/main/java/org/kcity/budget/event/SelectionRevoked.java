package org.kcity.budget.event;

import jakarta.validation.constraints.NotNull;

/** This service's view of {@code kcity.selection.revoked.v1}. */
public record SelectionRevoked(@NotNull String projectId, @NotNull String reason) {

    public static final String TYPE = "kcity.selection.revoked.v1";
}
