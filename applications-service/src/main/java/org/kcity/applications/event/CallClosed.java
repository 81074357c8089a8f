package org.kcity.applications.event;

import java.time.OffsetDateTime;

import org.kcity.applications.domain.Call;
import org.kcity.applications.domain.CallStatistics;
import org.kcity.applications.domain.ClosedBy;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.call.closed.v1}: the window closed; carries the intake figures at that moment. */
public record CallClosed(String callId, int year, OffsetDateTime closedAt, ClosedBy closedBy, CallStatistics statistics) {

    public static final String TYPE = "kcity.call.closed.v1";

    public static OutgoingEvent of(Call call, CallStatistics statistics) {
        return new OutgoingEvent(TYPE, call.id, new CallClosed(call.id, call.year, call.closedAt, call.closedBy, statistics));
    }
}
