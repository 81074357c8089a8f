package org.kcity.selection.event;

import java.time.OffsetDateTime;

/** What this service reads of {@code kcity.call.closed.v1}. */
public record CallClosed(String callId, OffsetDateTime closedAt) {

    public static final String TYPE = "kcity.call.closed.v1";
}
