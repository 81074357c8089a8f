package org.kcity.selection.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.platform.event.EventHandler;
import org.kcity.platform.event.EventMetadata;
import org.kcity.selection.service.CallService;

@ApplicationScoped
public class CallClosedHandler implements EventHandler<CallClosed> {

    private final CallService service;

    CallClosedHandler(CallService service) {
        this.service = service;
    }

    @Override
    public String eventType() {
        return CallClosed.TYPE;
    }

    @Override
    public Class<CallClosed> dataType() {
        return CallClosed.class;
    }

    @Override
    public void handle(EventMetadata event, CallClosed data) {
        service.closed(data);
    }
}
