package org.kcity.selection.subscriber;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.platform.event.EventRoutes;
import org.kcity.platform.event.EventSubscriber;
import org.kcity.selection.event.ApplicationScreened;
import org.kcity.selection.event.ApplicationSubmitted;
import org.kcity.selection.event.ApplicationWithdrawn;
import org.kcity.selection.event.CallClosed;
import org.kcity.selection.event.CallOpened;
import org.kcity.selection.service.CallService;
import org.kcity.selection.service.CandidateService;

/** What selection learns from intake ({@code kcity.applications}): calls and the applications competing in them. */
@ApplicationScoped
public class IntakeSubscriber implements EventSubscriber {

    private final CallService calls;
    private final CandidateService candidates;

    IntakeSubscriber(CallService calls, CandidateService candidates) {
        this.calls = calls;
        this.candidates = candidates;
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(CallOpened.TYPE, CallOpened.class, (event, call) -> calls.opened(call))
                .on(CallClosed.TYPE, CallClosed.class, (event, call) -> calls.closed(call))
                .on(ApplicationSubmitted.TYPE, ApplicationSubmitted.class, (event, application) -> candidates.submitted(application))
                .on(ApplicationScreened.TYPE, ApplicationScreened.class, (event, screening) -> candidates.screened(screening))
                .on(ApplicationWithdrawn.TYPE, ApplicationWithdrawn.class, (event, withdrawal) -> candidates.withdrawn(withdrawal));
    }
}
