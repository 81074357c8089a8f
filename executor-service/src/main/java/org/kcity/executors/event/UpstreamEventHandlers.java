package org.kcity.executors.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.kcity.executors.service.ProjectService;
import org.kcity.platform.event.EventHandler;
import org.kcity.platform.event.EventMetadata;

/** The handlers of the consumed selection and budget events; each hands its event to {@link ProjectService}. */
public final class UpstreamEventHandlers {

    private UpstreamEventHandlers() {
    }

    @ApplicationScoped
    public static class ProjectSelectedHandler implements EventHandler<UpstreamEvents.ProjectSelected> {

        private final ProjectService projects;

        ProjectSelectedHandler(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public String eventType() {
            return UpstreamEvents.PROJECT_SELECTED;
        }

        @Override
        public Class<UpstreamEvents.ProjectSelected> dataType() {
            return UpstreamEvents.ProjectSelected.class;
        }

        @Override
        public void handle(EventMetadata event, UpstreamEvents.ProjectSelected data) {
            projects.projectSelected(data);
        }
    }

    @ApplicationScoped
    public static class SelectionRevokedHandler implements EventHandler<UpstreamEvents.SelectionRevoked> {

        private final ProjectService projects;

        SelectionRevokedHandler(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public String eventType() {
            return UpstreamEvents.SELECTION_REVOKED;
        }

        @Override
        public Class<UpstreamEvents.SelectionRevoked> dataType() {
            return UpstreamEvents.SelectionRevoked.class;
        }

        @Override
        public void handle(EventMetadata event, UpstreamEvents.SelectionRevoked data) {
            projects.selectionRevoked(data);
        }
    }

    @ApplicationScoped
    public static class BudgetFinalizedHandler implements EventHandler<UpstreamEvents.BudgetFinalized> {

        private final ProjectService projects;

        BudgetFinalizedHandler(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public String eventType() {
            return UpstreamEvents.BUDGET_FINALIZED;
        }

        @Override
        public Class<UpstreamEvents.BudgetFinalized> dataType() {
            return UpstreamEvents.BudgetFinalized.class;
        }

        @Override
        public void handle(EventMetadata event, UpstreamEvents.BudgetFinalized data) {
            projects.budgetFinalized(data);
        }
    }

    @ApplicationScoped
    public static class BudgetAdjustedHandler implements EventHandler<UpstreamEvents.BudgetAdjusted> {

        private final ProjectService projects;

        BudgetAdjustedHandler(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public String eventType() {
            return UpstreamEvents.BUDGET_ADJUSTED;
        }

        @Override
        public Class<UpstreamEvents.BudgetAdjusted> dataType() {
            return UpstreamEvents.BudgetAdjusted.class;
        }

        @Override
        public void handle(EventMetadata event, UpstreamEvents.BudgetAdjusted data) {
            projects.budgetAdjusted(data);
        }
    }

    @ApplicationScoped
    public static class BudgetCancelledHandler implements EventHandler<UpstreamEvents.BudgetCancelled> {

        private final ProjectService projects;

        BudgetCancelledHandler(ProjectService projects) {
            this.projects = projects;
        }

        @Override
        public String eventType() {
            return UpstreamEvents.BUDGET_CANCELLED;
        }

        @Override
        public Class<UpstreamEvents.BudgetCancelled> dataType() {
            return UpstreamEvents.BudgetCancelled.class;
        }

        @Override
        public void handle(EventMetadata event, UpstreamEvents.BudgetCancelled data) {
            projects.budgetCancelled(data);
        }
    }
}
