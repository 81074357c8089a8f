package org.kcity.platform.problem;

import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/** Answers a path no resource serves with a 404 problem rather than the default page. */
public class UnknownRouteHandler {

    void register(@Observes Router router, ObjectMapper json) {
        router.route().last().handler(context -> {
            Problem problem = new Problem(ProblemMappers.typeUri("not-found"), "Not Found", 404,
                    "No resource at " + context.normalizedPath(), context.normalizedPath(), null);
            try {
                context.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(problem));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                context.fail(e);
            }
        });
    }
}
