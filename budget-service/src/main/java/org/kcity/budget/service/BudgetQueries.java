package org.kcity.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.budget.domain.Budget;
import org.kcity.budget.domain.BudgetState;
import org.kcity.platform.persistence.Conditions;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

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
    public Page<Budget> list(BudgetFilter filter, PageRequest paging) {
        Conditions where = filter.conditions();
        return Page.of(Budget.find(where.query(), LISTING_ORDER, where.parameters()), paging);
    }

    /** Drafts whose due date has passed (in the program's time zone), the longest overdue first; optionally of one call. */
    @Transactional
    public Page<Budget> overdueDrafts(String callId, PageRequest paging) {
        Conditions where = new Conditions().require("state = :draft", "draft", BudgetState.DRAFT)
                .require("dueDate < :today", "today", clock.today()).with("callId = :callId", "callId", callId);
        return Page.of(Budget.find(where.query(), Sort.by("dueDate").and("projectId"), where.parameters()), paging);
    }
}
