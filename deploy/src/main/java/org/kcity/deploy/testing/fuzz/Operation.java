package org.kcity.deploy.testing.fuzz;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the contract.
 *
 * @param body          the schema of its JSON request body, if it takes one
 * @param needsToken    whether it documents a bearer requirement; without one anybody may call it
 * @param roles         the roles that may call it; empty when any authenticated caller may
 */
record Operation(String method, String path, List<Parameter> parameters, Optional<JsonNode> body, boolean needsToken,
        Set<String> roles) {

    /** One path, query or header parameter. */
    record Parameter(String name, String in, JsonNode schema) {
    }

    boolean allows(String role) {
        return roles.isEmpty() || roles.contains(role);
    }

    /** Whether it may change state: everything but reads. */
    boolean writes() {
        return !"GET".equals(method);
    }

    List<Parameter> parametersIn(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
