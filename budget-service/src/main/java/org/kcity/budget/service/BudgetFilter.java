package org.kcity.budget.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.kcity.budget.domain.BudgetState;
import org.kcity.budget.domain.Track;

/** Which budgets an officer lists; a null criterion does not filter. */
public record BudgetFilter(String callId, String projectId, Track track, BudgetState state) {

    String query() {
        return parameters().keySet().stream().map(name -> name + " = :" + name).collect(Collectors.joining(" and "));
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        putIfPresent(parameters, "callId", callId);
        putIfPresent(parameters, "projectId", projectId);
        putIfPresent(parameters, "track", track);
        putIfPresent(parameters, "state", state);
        return parameters;
    }

    private static void putIfPresent(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
