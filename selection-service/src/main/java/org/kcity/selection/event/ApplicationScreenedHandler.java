package org.kcity.selection.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.platform.event.EventHandler;
import org.kcity.platform.event.EventMetadata;
import org.kcity.selection.service.CandidateService;

@ApplicationScoped
public class ApplicationScreenedHandler implements EventHandler<ApplicationScreened> {

    private final CandidateService service;

    ApplicationScreenedHandler(CandidateService service) {
        this.service = service;
    }

    @Override
    public String eventType() {
        return ApplicationScreened.TYPE;
    }

    @Override
    public Class<ApplicationScreened> dataType() {
        return ApplicationScreened.class;
    }

    @Override
    public void handle(EventMetadata event, ApplicationScreened data) {
        service.screened(data);
    }
}
