package org.kcity.budget.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.budget.service.BudgetService;
import org.kcity.platform.event.EventHandler;
import org.kcity.platform.event.EventMetadata;

@ApplicationScoped
public class SelectionRevokedHandler implements EventHandler<SelectionRevoked> {

    private final BudgetService budgets;

    SelectionRevokedHandler(BudgetService budgets) {
        this.budgets = budgets;
    }

    @Override
    public String eventType() {
        return SelectionRevoked.TYPE;
    }

    @Override
    public Class<SelectionRevoked> dataType() {
        return SelectionRevoked.class;
    }

    @Override
    public void handle(EventMetadata event, SelectionRevoked revoked) {
        if (revoked.projectId() == null || revoked.reason() == null) {
            throw new IllegalArgumentException("SelectionRevoked " + event.id() + " lacks a required field");
        }
        budgets.cancelFor(revoked.projectId(), revoked.reason());
    }
}
