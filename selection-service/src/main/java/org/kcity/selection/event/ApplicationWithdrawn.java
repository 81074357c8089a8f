package org.kcity.selection.event;

import java.time.OffsetDateTime;

/** What this service reads of {@code kcity.application.withdrawn.v1}. */
public record ApplicationWithdrawn(String applicationId, String callId, OffsetDateTime withdrawnAt) {

    public static final String TYPE = "kcity.application.withdrawn.v1";
}
