package org.kcity.selection.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.platform.event.EventHandler;
import org.kcity.platform.event.EventMetadata;
import org.kcity.selection.service.CandidateService;

@ApplicationScoped
public class ApplicationWithdrawnHandler implements EventHandler<ApplicationWithdrawn> {

    private final CandidateService service;

    ApplicationWithdrawnHandler(CandidateService service) {
        this.service = service;
    }

    @Override
    public String eventType() {
        return ApplicationWithdrawn.TYPE;
    }

    @Override
    public Class<ApplicationWithdrawn> dataType() {
        return ApplicationWithdrawn.class;
    }

    @Override
    public void handle(EventMetadata event, ApplicationWithdrawn data) {
        service.withdrawn(data);
    }
}
