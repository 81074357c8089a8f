package org.kcity.budget.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.budget.domain.CallTrack;
import org.kcity.budget.service.EnvelopeService;
import org.kcity.platform.event.EventHandler;
import org.kcity.platform.event.EventMetadata;

@ApplicationScoped
public class CallOpenedHandler implements EventHandler<CallOpened> {

    private final EnvelopeService envelopes;

    CallOpenedHandler(EnvelopeService envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public String eventType() {
        return CallOpened.TYPE;
    }

    @Override
    public Class<CallOpened> dataType() {
        return CallOpened.class;
    }

    @Override
    public void handle(EventMetadata event, CallOpened call) {
        if (call.callId() == null || call.year() == null || call.title() == null || call.envelope() == null
                || call.tracks() == null || call.openedAt() == null) {
            throw new IllegalArgumentException("CallOpened " + event.id() + " lacks a required field");
        }
        envelopes.recordCall(call.callId(), call.year(), call.title(), call.envelope(), call.openedAt(), call.tracks().stream()
                .map(range -> new CallTrack(range.track(), range.quota(), range.supportFloor(), range.supportCap())).toList());
    }
}
