package org.kcity.platform.web;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The one answer of every list endpoint: one page of items and the size of the whole list, so that a client knows
 * when it has read everything.
 */
public record Page<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "1") long totalItems) {

    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest paging) {
        return new Page<>(query.page(paging.page(), paging.size()).list(), paging.page(), paging.size(), query.count());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
