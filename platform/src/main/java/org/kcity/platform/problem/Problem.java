package org.kcity.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem-details body ({@code application/problem+json}).
 *
 * @param errors every individual fault, when the problem has several (invalid fields, failed rules)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One fault.
     *
     * @param code    a stable machine-readable code, e.g. {@code WINDOW_CLOSED}
     * @param field   the JSON path of the offending field, when the fault is in one field
     * @param message what is wrong, for a person
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(
            @Schema(example = "NO_HOST_COUNTRY_OFFICIAL") String code,
            @Schema(example = "members") String field,
            @Schema(example = "The committee needs at least one official of the host country VN") String message) {

        public static Violation ofField(String field, String message) {
            return new Violation(null, field, message);
        }

        public static Violation ofRule(String code, String message) {
            return new Violation(code, null, message);
        }
    }
}
