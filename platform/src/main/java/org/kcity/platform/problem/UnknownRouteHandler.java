package org.kcity.platform.problem;

import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/** Answers a path no resource serves with a 404 problem rather than the default page. */
public class UnknownRouteHandler {

    void register(@Observes Router router, ObjectMapper json) {
        router.route().last().handler(context -> RouteProblems.end(context, json, new Problem(
                ProblemMappers.typeUri("not-found"), "Not Found", 404, "No resource at " + context.normalizedPath(),
                context.normalizedPath(), null)));
    }
}
