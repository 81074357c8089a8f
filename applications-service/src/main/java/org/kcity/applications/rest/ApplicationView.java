package org.kcity.applications.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.applications.domain.Application;
import org.kcity.applications.domain.ApplicationStatus;
import org.kcity.applications.domain.Contact;
import org.kcity.applications.domain.Organization;
import org.kcity.applications.domain.Track;
import org.kcity.platform.openapi.Examples;

/** @param region set at submission */
public record ApplicationView(
        @Schema(example = Examples.APPLICATION_ID) String id,
        @Schema(example = Examples.CALL_ID) String callId,
        @Schema(example = Examples.APPLICANT_ORGANIZATION_ID) String organizationId,
        @Schema(example = "SOLUTION_PLANNING") Track track,
        @Schema(example = "SCREENED_IN") ApplicationStatus status,
        @Schema(example = "VN") String siteCountry,
        @Schema(example = "ASEAN") String region,
        @Schema(example = "Da Nang") String city,
        @Schema(example = Examples.TITLE) String title,
        @Schema(example = Examples.SUMMARY) String summary,
        Organization applicant,
        Organization partner,
        @Schema(example = Examples.REQUESTED_SUPPORT) long requestedSupport,
        Contact contact,
        @Schema(example = "2027-03-10T14:20:00+09:00") OffsetDateTime createdAt,
        @Schema(example = "2027-03-18T09:45:00+09:00") OffsetDateTime updatedAt,
        @Schema(example = "2027-03-20T11:05:00+09:00") OffsetDateTime submittedAt,
        @Schema(example = "2027-05-06T16:00:00+09:00") OffsetDateTime screenedAt,
        @Schema(example = "A public body of the site country, within the track's support range") String screeningReason,
        @Schema(example = "2027-07-01T10:00:00+09:00") OffsetDateTime withdrawnAt) {

    static ApplicationView of(Application application) {
        return new ApplicationView(application.id, application.callId, application.organizationId, application.track,
                application.status, application.siteCountry, application.region, application.city, application.title,
                application.summary, application.applicant(), application.partner(), application.requestedSupport,
                application.contact(), application.createdAt, application.updatedAt, application.submittedAt,
                application.screenedAt, application.screeningReason, application.withdrawnAt);
    }
}
