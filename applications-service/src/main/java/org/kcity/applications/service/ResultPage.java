package org.kcity.applications.service;

import java.util.List;
import java.util.function.Function;

import org.kcity.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list and the size of the whole list. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    static <T> ResultPage<T> of(PanacheQuery<T> query, PageRequest paging) {
        return new ResultPage<>(query.page(paging.page(), paging.size()).list(), paging.page(), paging.size(), query.count());
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
