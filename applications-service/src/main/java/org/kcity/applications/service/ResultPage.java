package org.kcity.applications.service;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** One page of a list and the size of the whole list. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    static <T> ResultPage<T> of(PanacheQuery<T> query, int page, int size) {
        return new ResultPage<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
