package org.kcity.selection.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.platform.event.EventHandler;
import org.kcity.platform.event.EventMetadata;
import org.kcity.selection.service.CandidateService;

@ApplicationScoped
public class ApplicationSubmittedHandler implements EventHandler<ApplicationSubmitted> {

    private final CandidateService service;

    ApplicationSubmittedHandler(CandidateService service) {
        this.service = service;
    }

    @Override
    public String eventType() {
        return ApplicationSubmitted.TYPE;
    }

    @Override
    public Class<ApplicationSubmitted> dataType() {
        return ApplicationSubmitted.class;
    }

    @Override
    public void handle(EventMetadata event, ApplicationSubmitted data) {
        service.submitted(data);
    }
}
