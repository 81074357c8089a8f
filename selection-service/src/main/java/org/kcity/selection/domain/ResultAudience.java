package org.kcity.selection.domain;

import java.util.Objects;

/**
 * Who reads a published result, which decides the reserves it shows. The selected projects and the figures are
 * public; reserve lists are for program officers; an applicant sees its own reserve positions and no other.
 *
 * @param organizationId the applicant's organization; null for the other audiences
 */
public record ResultAudience(Kind kind, String organizationId) {

    public enum Kind {
        /** No token, or a role that reads only what is public (viewers, evaluators...). */
        PUBLIC,
        APPLICANT,
        PROGRAM_OFFICER
    }

    public static final ResultAudience PUBLIC = new ResultAudience(Kind.PUBLIC, null);
    public static final ResultAudience PROGRAM_OFFICERS = new ResultAudience(Kind.PROGRAM_OFFICER, null);

    public ResultAudience {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.APPLICANT) != (organizationId != null)) {
            throw new IllegalArgumentException("An applicant, and only an applicant, reads the result as its organization");
        }
    }

    public static ResultAudience applicant(String organizationId) {
        return new ResultAudience(Kind.APPLICANT, Objects.requireNonNull(organizationId, "organizationId"));
    }

    /** Whether the answer has reserve lists at all (an applicant's holds its own reserves only). */
    public boolean seesReserves() {
        return kind != Kind.PUBLIC;
    }

    /** Whether this audience may see a reserve of the given applicant organization: its name, score and position. */
    public boolean seesReserveOf(String applicantOrganizationId) {
        return switch (kind) {
            case PROGRAM_OFFICER -> true;
            case APPLICANT -> organizationId.equals(applicantOrganizationId);
            case PUBLIC -> false;
        };
    }
}
