package org.kcity.budget.service;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems) {

    public <R> PageOf<R> map(Function<T, R> mapping) {
        return new PageOf<>(items.stream().map(mapping).toList(), page, size, totalItems);
    }
}
