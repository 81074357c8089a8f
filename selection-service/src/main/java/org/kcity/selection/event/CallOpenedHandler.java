package org.kcity.selection.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.platform.event.EventHandler;
import org.kcity.platform.event.EventMetadata;
import org.kcity.selection.service.CallService;

@ApplicationScoped
public class CallOpenedHandler implements EventHandler<CallOpened> {

    private final CallService service;

    CallOpenedHandler(CallService service) {
        this.service = service;
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
    public void handle(EventMetadata event, CallOpened data) {
        service.opened(data);
    }
}
