package org.kcity.applications.event;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

/**
 * Intake's view of {@code kcity.selection.published.v1} (subject: call id): only when the call's result came out.
 * The rest of the event (figures, selected projects) is selection-service's and is not read here.
 */
public record SelectionPublished(@NotNull String callId, @NotNull OffsetDateTime publishedAt) {

    public static final String TYPE = "kcity.selection.published.v1";
}
