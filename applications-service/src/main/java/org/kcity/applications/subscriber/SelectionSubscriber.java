package org.kcity.applications.subscriber;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.applications.event.SelectionPublished;
import org.kcity.applications.service.CallService;
import org.kcity.platform.event.EventRoutes;
import org.kcity.platform.event.EventSubscriber;

/**
 * What intake learns from selection ({@code kcity.selection}): that a call's result is published, which ends
 * screening. The record declares its required fields; an event lacking one is refused before it gets here.
 */
@ApplicationScoped
public class SelectionSubscriber implements EventSubscriber {

    private final CallService calls;

    SelectionSubscriber(CallService calls) {
        this.calls = calls;
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(SelectionPublished.TYPE, SelectionPublished.class,
                (event, published) -> calls.resultPublished(published.callId(), published.publishedAt()));
    }
}
