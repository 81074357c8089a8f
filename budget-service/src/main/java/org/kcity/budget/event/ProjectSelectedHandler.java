package org.kcity.budget.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.budget.service.BudgetService;
import org.kcity.platform.event.EventHandler;
import org.kcity.platform.event.EventMetadata;

/** Every selected project, promoted from the reserve list or not, gets its draft budget. */
@ApplicationScoped
public class ProjectSelectedHandler implements EventHandler<ProjectSelected> {

    private final BudgetService budgets;

    ProjectSelectedHandler(BudgetService budgets) {
        this.budgets = budgets;
    }

    @Override
    public String eventType() {
        return ProjectSelected.TYPE;
    }

    @Override
    public Class<ProjectSelected> dataType() {
        return ProjectSelected.class;
    }

    @Override
    public void handle(EventMetadata event, ProjectSelected selected) {
        if (!selected.isComplete()) {
            throw new IllegalArgumentException("ProjectSelected " + event.id() + " lacks a required field");
        }
        budgets.draftFor(selected.toSelectedProject());
    }
}
