package org.kcity.platform.problem;

import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers a request body over {@code quarkus.http.limits.max-body-size} with a 413 problem, where the server itself
 * would answer an empty 413. A body that announces its length is refused before it is read, and the connection
 * closed, as the server does; a body sent in chunks is read up to the limit here (Quarkus REST then reads it from
 * memory), and the rest is drained.
 */
public class BodyTooLargeHandler {

    void register(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        limit.ifPresent(max -> {
            BodyHandler chunked = BodyHandler.create(false).setBodyLimit(max.asLongValue());
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                    .handler(context -> {
                        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
                        if (length != null && isOver(length, max.asLongValue())) {
                            context.response().putHeader(HttpHeaders.CONNECTION, "close")
                                    .endHandler(ended -> context.request().connection().close());
                            refuse(context, json, max.asLongValue());
                        } else if (length == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                            chunked.handle(context);
                        } else {
                            context.next();
                        }
                    })
                    .failureHandler(context -> {
                        if (context.statusCode() == 413) {
                            refuse(context, json, max.asLongValue());
                        } else {
                            context.next();
                        }
                    });
        });
    }

    private static void refuse(RoutingContext context, ObjectMapper json, long max) {
        RouteProblems.end(context, json, new Problem(ProblemMappers.typeUri("payload-too-large"), "Payload Too Large", 413,
                "The request body is larger than " + max + " bytes", context.normalizedPath(), null));
    }

    private static boolean isOver(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
