package org.kcity.applications.rest;

/**
 * Query parameters that name enum constants arrive as validated strings: a bad value is then a 400 naming the
 * parameter, where JAX-RS conversion would answer a bare 404.
 */
final class Filters {

    static final String TRACK = "URBAN_DEVELOPMENT|SOLUTION_PLANNING|SOLUTION_DEMONSTRATION";
    static final String APPLICATION_STATUS = "DRAFT|SUBMITTED|SCREENED_IN|SCREENED_OUT|WITHDRAWN";
    static final String CALL_STATUS = "DRAFT|OPEN|CLOSED";
    static final String COUNTRY = "[A-Z]{2}";

    private Filters() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
