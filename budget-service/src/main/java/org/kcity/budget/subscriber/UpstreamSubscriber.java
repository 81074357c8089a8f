package org.kcity.budget.subscriber;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.budget.domain.CallTrack;
import org.kcity.budget.event.CallOpened;
import org.kcity.budget.event.ProjectCancelled;
import org.kcity.budget.event.ProjectCommenced;
import org.kcity.budget.event.ProjectSelected;
import org.kcity.budget.event.SelectionRevoked;
import org.kcity.budget.service.BudgetService;
import org.kcity.budget.service.EnvelopeService;
import org.kcity.platform.event.EventRoutes;
import org.kcity.platform.event.EventSubscriber;

/**
 * What budgets learn from the other stages: each call's envelope and support ranges ({@code kcity.applications}),
 * the projects selected and revoked ({@code kcity.selection}), and whether a project commenced or was cancelled
 * ({@code kcity.executors}), which decides what a revocation does to committed money. The records declare which
 * fields are required; an event lacking one is refused before it gets here, so it ends in the dead-letter topic
 * instead of becoming a half-known budget.
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
        routes.on(CallOpened.TYPE, CallOpened.class, (event, call) -> callOpened(call))
                .on(ProjectSelected.TYPE, ProjectSelected.class,
                        (event, selected) -> budgets.draftFor(selected.toSelectedProject()))
                .on(SelectionRevoked.TYPE, SelectionRevoked.class,
                        (event, revoked) -> budgets.revoke(revoked.projectId(), revoked.reason()))
                .on(ProjectCommenced.TYPE, ProjectCommenced.class,
                        (event, commenced) -> budgets.projectCommenced(commenced.projectId(), commenced.startDate()))
                .on(ProjectCancelled.TYPE, ProjectCancelled.class,
                        (event, cancelled) -> budgets.projectCancelled(cancelled.projectId()));
    }

    private void callOpened(CallOpened call) {
        envelopes.recordCall(call.callId(), call.year(), call.title(), call.envelope(), call.openedAt(), call.tracks().stream()
                .map(range -> new CallTrack(range.track(), range.quota(), range.supportFloor(), range.supportCap())).toList());
    }
}
