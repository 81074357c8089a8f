package org.kcity.applications.event;

import java.time.OffsetDateTime;

import org.kcity.applications.domain.Call;
import org.kcity.applications.domain.CallStatistics;
import org.kcity.applications.domain.ClosedBy;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.call.closed.v1}: the window closed; carries the intake figures at that moment. */
public record CallClosed(String callId, int year, OffsetDateTime closedAt, ClosedBy closedBy, CallStatistics statistics) implements OutgoingEvent {

    public static final String TYPE = "kcity.call.closed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return callId;
    }

    public static CallClosed of(Call call, CallStatistics statistics) {
        return new CallClosed(call.id, call.year, call.closedAt, call.closedBy, statistics);
    }
}
