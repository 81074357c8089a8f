package org.kcity.deploy.testing.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the service answered to one request, and what is wrong with that answer, if anything. */
record Answer(int status, String contentType, byte[] body) {

    static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Never a 5xx; a 4xx is an RFC 9457 problem whose {@code status} is the HTTP status; a request that might
     * change state never succeeds, since every fuzzed request is invalid.
     */
    Optional<String> faultFor(FuzzRequest request) {
        if (status >= 500) {
            return Optional.of("answered " + status + ": " + excerpt());
        }
        if (status >= 400) {
            if (contentType == null || !contentType.startsWith(PROBLEM)) {
                return Optional.of("answered " + status + " as " + contentType + ", not " + PROBLEM + ": " + excerpt());
            }
            JsonNode problem = parsed();
            if (problem == null || problem.path("status").asInt() != status) {
                return Optional.of("answered " + status + " with a problem whose status is not " + status + ": " + excerpt());
            }
            return Optional.empty();
        }
        if (status >= 200 && status < 300 && request.writes()) {
            return Optional.of("a request that changes state succeeded with " + status + ": " + excerpt());
        }
        return Optional.empty();
    }

    private JsonNode parsed() {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private String excerpt() {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
