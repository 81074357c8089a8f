package org.kcity.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.budget.domain.Budget;
import org.kcity.budget.domain.BudgetState;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** What officers read about budgets. */
@ApplicationScoped
public class BudgetQueries {

    private static final Sort LISTING_ORDER = Sort.by("callId").and("track").and("projectId");

    private final ProgramClock clock;

    BudgetQueries(ProgramClock clock) {
        this.clock = clock;
    }

    @Transactional
    public Budget byId(String budgetId) {
        return BudgetService.existing(budgetId);
    }

    @Transactional
    public PageOf<Budget> list(BudgetFilter filter, PageRequest paging) {
        PanacheQuery<Budget> query = filter.parameters().isEmpty()
                ? Budget.findAll(LISTING_ORDER)
                : Budget.find(filter.query(), LISTING_ORDER, filter.parameters());
        return pageOf(query, paging);
    }

    /** Drafts whose due date has passed (in the program's time zone), the longest overdue first; optionally of one call. */
    @Transactional
    public PageOf<Budget> overdueDrafts(String callId, PageRequest paging) {
        Parameters parameters = Parameters.with("draft", BudgetState.DRAFT).and("today", clock.today());
        String query = "state = :draft and dueDate < :today";
        if (callId != null) {
            query += " and callId = :callId";
            parameters.and("callId", callId);
        }
        return pageOf(Budget.find(query, Sort.by("dueDate").and("projectId"), parameters), paging);
    }

    private static PageOf<Budget> pageOf(PanacheQuery<Budget> query, PageRequest paging) {
        return new PageOf<>(query.page(paging.page(), paging.size()).list(), paging.page(), paging.size(), query.count());
    }
}
