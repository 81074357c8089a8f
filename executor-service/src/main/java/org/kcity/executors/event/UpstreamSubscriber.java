package org.kcity.executors.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.executors.service.ProjectService;
import org.kcity.platform.event.EventRoutes;
import org.kcity.platform.event.EventSubscriber;

/** What executors learn upstream: selected and revoked projects ({@code kcity.selection}) and their budgets ({@code kcity.budget}). */
@ApplicationScoped
public class UpstreamSubscriber implements EventSubscriber {

    private final ProjectService projects;

    UpstreamSubscriber(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(UpstreamEvents.PROJECT_SELECTED, UpstreamEvents.ProjectSelected.class,
                        (event, selected) -> projects.projectSelected(selected))
                .on(UpstreamEvents.SELECTION_REVOKED, UpstreamEvents.SelectionRevoked.class,
                        (event, revoked) -> projects.selectionRevoked(revoked))
                .on(UpstreamEvents.BUDGET_FINALIZED, UpstreamEvents.BudgetFinalized.class,
                        (event, budget) -> projects.budgetFinalized(budget))
                .on(UpstreamEvents.BUDGET_ADJUSTED, UpstreamEvents.BudgetAdjusted.class,
                        (event, budget) -> projects.budgetAdjusted(budget))
                .on(UpstreamEvents.BUDGET_CANCELLED, UpstreamEvents.BudgetCancelled.class,
                        (event, cancelled) -> projects.budgetCancelled(cancelled));
    }
}
