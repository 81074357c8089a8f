package org.kcity.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Ends a request that no resource gets to see with a problem, as the exception mappers answer the others. */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** Ends the request with the problem, at the request's path. */
    public static void end(RoutingContext context, ObjectMapper json, ApiProblem problem) {
        end(context, json, problem.toProblem(context.normalizedPath()));
    }

    static void end(RoutingContext context, ObjectMapper json, Problem problem) {
        try {
            context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
