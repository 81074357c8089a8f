package org.kcity.selection.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.platform.openapi.Examples;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.CandidateStatus;
import org.kcity.selection.domain.OrganizationKind;
import org.kcity.selection.domain.Track;

/** An application as its evaluators read it: all of it but the contact's personal data, which this service never has. */
public record ApplicationView(
        @Schema(example = Examples.APPLICATION_ID) String applicationId,
        @Schema(example = Examples.CALL_ID) String callId,
        @Schema(example = "SOLUTION_PLANNING") Track track,
        @Schema(example = "VN") String siteCountry,
        @Schema(example = "ASEAN") String region,
        @Schema(example = "Da Nang") String city,
        @Schema(example = Examples.TITLE) String title,
        @Schema(example = Examples.SUMMARY) String summary,
        Organization applicant,
        Partner partner,
        @Schema(example = Examples.REQUESTED_SUPPORT) long requestedSupport,
        @Schema(example = "2027-03-20T11:05:00+09:00") OffsetDateTime submittedAt,
        @Schema(example = "SCREENED_IN") CandidateStatus status) {

    public record Organization(
            @Schema(example = Examples.APPLICANT_ORGANIZATION_ID) String organizationId,
            @Schema(example = Examples.APPLICANT) String name,
            @Schema(example = "LOCAL_GOVERNMENT") OrganizationKind kind) {
    }

    /** A demonstration's foreign public partner; intake names it, without an organization id. */
    public record Partner(
            @Schema(example = "Vietnam Ministry of Construction") String name,
            @Schema(example = "CENTRAL_GOVERNMENT") OrganizationKind kind) {
    }

    static ApplicationView of(Candidate candidate) {
        return new ApplicationView(candidate.applicationId, candidate.callId, candidate.track, candidate.siteCountry,
                candidate.region, candidate.city, candidate.title, candidate.summary,
                new Organization(candidate.applicantOrganizationId, candidate.applicantName, candidate.applicantKind),
                candidate.hasPartner() ? new Partner(candidate.partnerName, candidate.partnerKind) : null,
                candidate.requestedSupport, candidate.submittedAt, candidate.status);
    }
}
