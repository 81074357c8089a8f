package org.kcity.platform.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;

/**
 * Refuses path and query parameters (names and decoded values) with a character {@link AllowedText} refuses, such
 * as {@code %00}, before any of them reaches a database query.
 */
public class ParameterTextFilter {

    @ServerRequestFilter
    public void refuseDisallowedText(UriInfo uri) {
        List<Problem.Violation> faults = new ArrayList<>();
        collectFaults(uri.getPathParameters(), faults);
        collectFaults(uri.getQueryParameters(), faults);
        if (!faults.isEmpty()) {
            throw ApiProblem.invalid(faults);
        }
    }

    private static void collectFaults(MultivaluedMap<String, String> parameters, List<Problem.Violation> faults) {
        parameters.forEach((name, values) -> {
            if (!AllowedText.isAllowed(name) || values.stream().anyMatch(value -> !AllowedText.isAllowed(value))) {
                faults.add(Problem.Violation.ofField(name, AllowedText.RULE));
            }
        });
    }
}
