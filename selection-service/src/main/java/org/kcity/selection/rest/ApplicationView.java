package org.kcity.selection.rest;

import java.time.OffsetDateTime;

import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.CandidateStatus;
import org.kcity.selection.domain.OrganizationKind;
import org.kcity.selection.domain.Track;

/** An application as its evaluators read it: all of it but the contact's personal data, which this service never has. */
public record ApplicationView(String applicationId, String callId, Track track, String siteCountry, String region, String city,
        String title, String summary, Organization applicant, Partner partner, long requestedSupport, OffsetDateTime submittedAt,
        CandidateStatus status) {

    public record Organization(String organizationId, String name, OrganizationKind kind) {
    }

    /** A demonstration's foreign public partner; intake names it, without an organization id. */
    public record Partner(String name, OrganizationKind kind) {
    }

    static ApplicationView of(Candidate candidate) {
        return new ApplicationView(candidate.applicationId, candidate.callId, candidate.track, candidate.siteCountry,
                candidate.region, candidate.city, candidate.title, candidate.summary,
                new Organization(candidate.applicantOrganizationId, candidate.applicantName, candidate.applicantKind),
                candidate.hasPartner() ? new Partner(candidate.partnerName, candidate.partnerKind) : null,
                candidate.requestedSupport, candidate.submittedAt, candidate.status);
    }
}
