package org.kcity.budget.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.budget.domain.CallTrack;
import org.kcity.budget.service.BudgetService;
import org.kcity.budget.service.EnvelopeService;
import org.kcity.platform.event.EventMetadata;
import org.kcity.platform.event.EventRoutes;
import org.kcity.platform.event.EventSubscriber;

/**
 * What budgets learn from the other stages: each call's envelope and support ranges ({@code kcity.applications}),
 * the projects selected and revoked ({@code kcity.selection}), and whether a project commenced or was cancelled
 * ({@code kcity.executors}), which decides what a revocation does to committed money. An event lacking a required
 * field is refused, so it ends in the dead-letter topic instead of becoming a half-known budget.
 */
@ApplicationScoped
public class UpstreamSubscriber implements EventSubscriber {

    private final EnvelopeService envelopes;
    private final BudgetService budgets;

    UpstreamSubscriber(EnvelopeService envelopes, BudgetService budgets) {
        this.envelopes = envelopes;
        this.budgets = budgets;
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(CallOpened.TYPE, CallOpened.class, this::callOpened)
                .on(ProjectSelected.TYPE, ProjectSelected.class, this::projectSelected)
                .on(SelectionRevoked.TYPE, SelectionRevoked.class, this::selectionRevoked)
                .on(ProjectCommenced.TYPE, ProjectCommenced.class, this::projectCommenced)
                .on(ProjectCancelled.TYPE, ProjectCancelled.class, this::projectCancelled);
    }

    private void callOpened(EventMetadata event, CallOpened call) {
        require(call.callId() != null && call.year() != null && call.title() != null && call.envelope() != null
                && call.tracks() != null && call.openedAt() != null, event);
        envelopes.recordCall(call.callId(), call.year(), call.title(), call.envelope(), call.openedAt(), call.tracks().stream()
                .map(range -> new CallTrack(range.track(), range.quota(), range.supportFloor(), range.supportCap())).toList());
    }

    private void projectSelected(EventMetadata event, ProjectSelected selected) {
        require(selected.isComplete(), event);
        budgets.draftFor(selected.toSelectedProject());
    }

    private void selectionRevoked(EventMetadata event, SelectionRevoked revoked) {
        require(revoked.projectId() != null && revoked.reason() != null, event);
        budgets.revoke(revoked.projectId(), revoked.reason());
    }

    private void projectCommenced(EventMetadata event, ProjectCommenced commenced) {
        require(commenced.projectId() != null && commenced.startDate() != null, event);
        budgets.projectCommenced(commenced.projectId(), commenced.startDate());
    }

    private void projectCancelled(EventMetadata event, ProjectCancelled cancelled) {
        require(cancelled.projectId() != null, event);
        budgets.projectCancelled(cancelled.projectId());
    }

    private static void require(boolean complete, EventMetadata event) {
        if (!complete) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " lacks a required field");
        }
    }
}
