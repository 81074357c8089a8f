package org.kcity.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.kcity.platform.web.AllowedText;
import org.kcity.platform.web.TextNotAllowed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into an RFC 9457 problem; never a stack trace, never an HTML page. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_PREFIX = "urn:kcity:problem:";

    static String typeUri(String slug) {
        return TYPE_PREFIX + slug;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return respond(problem.toProblem(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response invalidRequest(ResteasyReactiveViolationException violations, UriInfo uri) {
        return invalid(violations, uri);
    }

    @ServerExceptionMapper
    public Response invalidArguments(ConstraintViolationException violations, UriInfo uri) {
        return invalid(violations, uri);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class })
    public Response malformedJson(JsonProcessingException malformed, UriInfo uri) {
        String field = malformed instanceof JsonMappingException mapping ? jsonPath(mapping) : null;
        if (field == null || field.isEmpty()) {
            return respond(new Problem(typeUri("malformed-body"), "Malformed request body", 400,
                    "The request body is not well-formed JSON", uri.getPath(), null));
        }
        boolean text = malformed instanceof TextNotAllowed;
        String detail = text ? "The request body has text with a disallowed character at '" + field + "'"
                : "The request body has a value of the wrong type or format at '" + field + "'";
        List<Problem.Violation> errors = List.of(Problem.Violation.ofField(field, text ? AllowedText.RULE : "wrong type or format"));
        return respond(new Problem(typeUri("malformed-body"), "Malformed request body", 400, detail, uri.getPath(), errors));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException failure, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(typeUri("unauthenticated"), "Unauthenticated", 401,
                "A valid bearer token is required", uri.getPath(), null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure, UriInfo uri) {
        return respond(new Problem(typeUri("forbidden"), "Forbidden", 403,
                "Your role does not allow this operation", uri.getPath(), null));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentChange(RuntimeException failure, UriInfo uri) {
        return respond(new Problem(typeUri("concurrent-modification"), "Conflict", 409,
                "The resource was changed by another request at the same time; read it again and retry",
                uri.getPath(), null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure, UriInfo uri) {
        Response.StatusType status = failure.getResponse().getStatusInfo();
        if (failure.getCause() instanceof JsonProcessingException malformed) {
            return malformedJson(malformed, uri);
        }
        if (failure.getCause() instanceof ApiProblem refused) {
            // A parameter converter that names what is wrong with the value (see EnumParameters).
            return apiProblem(refused, uri);
        }
        if (status.getStatusCode() == 404 && failure.getCause() != null) {
            // Jakarta REST reports a path or query parameter that cannot be converted as a 404 wrapping the cause.
            return respond(new Problem(typeUri("malformed-parameter"), "Bad Request", 400,
                    "A path or query parameter has a value of the wrong type or format", uri.getPath(), null));
        }
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This resource does not support the request's method";
            case 406 -> "This resource cannot answer in the requested media type";
            case 415 -> "This resource does not accept the request's content type";
            default -> status.getStatusCode() >= 500 ? "The service could not complete the request" : failure.getMessage();
        };
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", failure);
        }
        Response response = respond(new Problem(typeUri(slug(status)), status.getReasonPhrase(), status.getStatusCode(),
                detail, uri.getPath(), null));
        String allow = failure.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable failure, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure, incident %s", incident);
        return respond(new Problem(typeUri("internal-error"), "Internal Server Error", 500,
                "The service could not complete the request (incident " + incident + ")", uri.getPath(), null));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response invalid(ConstraintViolationException violations, UriInfo uri) {
        List<Problem.Violation> errors = violations.getConstraintViolations().stream()
                .map(violation -> Problem.Violation.ofField(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(ApiProblem.invalid(errors).toProblem(uri.getPath()));
    }

    /**
     * {@code create.request.tracks[0].quota} becomes {@code tracks[0].quota}, the path inside the body;
     * {@code list.status} (a query parameter) becomes {@code status}.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String[] segments = violation.getPropertyPath().toString().split("\\.", 3);
        return switch (segments.length) {
            case 3 -> segments[2];
            case 2 -> segments[1];
            default -> segments[0];
        };
    }

    private static String jsonPath(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String slug(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z]+", "-");
    }
}
