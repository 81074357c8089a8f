package org.kcity.platform.persistence;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/**
 * The where clause of a list query, built from the filters a caller actually gave: a missing (null) filter adds
 * nothing. With no condition at all the query is empty, which Panache reads as "everything".
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public Conditions require(String clause) {
        clauses.add(clause);
        return this;
    }

    public Conditions require(String clause, String name, Object value) {
        clauses.add(clause);
        return bind(name, value);
    }

    /** A parameter of a clause built elsewhere, such as one alternative of an "or". */
    public Conditions bind(String name, Object value) {
        parameters.and(name, value);
        return this;
    }

    public Conditions with(String clause, String name, Object value) {
        if (value != null) {
            require(clause, name, value);
        }
        return this;
    }

    public String query() {
        return String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }
}
