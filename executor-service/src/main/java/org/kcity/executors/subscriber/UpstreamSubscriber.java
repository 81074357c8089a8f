package org.kcity.executors.subscriber;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.executors.event.BudgetAdjusted;
import org.kcity.executors.event.BudgetCancelled;
import org.kcity.executors.event.BudgetFinalized;
import org.kcity.executors.event.ProjectSelected;
import org.kcity.executors.event.SelectionRevoked;
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
        routes.on(ProjectSelected.TYPE, ProjectSelected.class, (event, selected) -> projects.projectSelected(selected))
                .on(SelectionRevoked.TYPE, SelectionRevoked.class, (event, revoked) -> projects.selectionRevoked(revoked))
                .on(BudgetFinalized.TYPE, BudgetFinalized.class, (event, budget) -> projects.budgetFinalized(budget))
                .on(BudgetAdjusted.TYPE, BudgetAdjusted.class, (event, budget) -> projects.budgetAdjusted(budget))
                .on(BudgetCancelled.TYPE, BudgetCancelled.class, (event, cancelled) -> projects.budgetCancelled(cancelled));
    }
}
