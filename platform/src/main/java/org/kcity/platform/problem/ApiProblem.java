package org.kcity.platform.problem;

import java.util.List;

/** A request the service refuses, answered as problem details with the given status. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> errors;

    public ApiProblem(int status, String slug, String title, String detail, List<Problem.Violation> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", "Bad request", detail, null);
    }

    /** Input that breaks the rules of its fields: every faulty field is listed, as bean validation lists them. */
    public static ApiProblem invalid(List<Problem.Violation> errors) {
        return new ApiProblem(400, "validation", "Invalid request", "The request has " + errors.size() + " invalid field(s)",
                errors);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Forbidden", detail, null);
    }

    /** Also the answer for another organization's data: it must look as if it did not exist. */
    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(409, "conflict", "Conflict", detail, List.of(Problem.Violation.ofRule(code, detail)));
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, "precondition-failed", "Precondition failed", detail, null);
    }

    public static ApiProblem unprocessable(String detail, List<Problem.Violation> errors) {
        return new ApiProblem(422, "unprocessable", "Unprocessable request", detail, errors);
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(428, "precondition-required", "Precondition required", detail, null);
    }

    /** A caller over its rate limit; the answer also carries {@code Retry-After} and the {@code RateLimit} fields. */
    public static ApiProblem tooManyRequests(String detail) {
        return new ApiProblem(429, "too-many-requests", "Too many requests", detail, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(ProblemMappers.typeUri(slug), title, status, getMessage(), instance, errors);
    }
}
