package org.kcity.applications.service;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.panache.common.Parameters;

/** A where clause built from the filters a caller actually gave; a missing (null) filter adds nothing. */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    Conditions require(String clause) {
        clauses.add(clause);
        return this;
    }

    Conditions with(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    String query() {
        return String.join(" and ", clauses);
    }

    Parameters parameters() {
        return parameters;
    }
}
