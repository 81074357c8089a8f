package org.kcity.applications.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.applications.service.CallService;
import org.kcity.platform.event.EventMetadata;
import org.kcity.platform.event.EventRoutes;
import org.kcity.platform.event.EventSubscriber;

/** What intake learns from selection ({@code kcity.selection}): that a call's result is published, which ends screening. */
@ApplicationScoped
public class SelectionSubscriber implements EventSubscriber {

    private final CallService calls;

    SelectionSubscriber(CallService calls) {
        this.calls = calls;
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(SelectionPublished.TYPE, SelectionPublished.class, this::published);
    }

    private void published(EventMetadata event, SelectionPublished published) {
        if (published.callId() == null || published.publishedAt() == null) {
            throw new IllegalArgumentException("Event " + event.id() + " lacks the call or the publication time");
        }
        calls.resultPublished(published.callId(), published.publishedAt());
    }
}
