package org.kcity.applications.rest;

import java.time.OffsetDateTime;

import org.kcity.applications.domain.Application;
import org.kcity.applications.domain.ApplicationStatus;
import org.kcity.applications.domain.Contact;
import org.kcity.applications.domain.Organization;
import org.kcity.applications.domain.Track;

/** @param region set at submission */
public record ApplicationView(String id, String callId, String organizationId, Track track, ApplicationStatus status,
        String siteCountry, String region, String city, String title, String summary, Organization applicant,
        Organization partner, long requestedSupport, Contact contact, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime submittedAt, OffsetDateTime screenedAt, String screeningReason, OffsetDateTime withdrawnAt) {

    static ApplicationView of(Application application) {
        return new ApplicationView(application.id, application.callId, application.organizationId, application.track,
                application.status, application.siteCountry, application.region, application.city, application.title,
                application.summary, application.applicant(), application.partner(), application.requestedSupport,
                application.contact(), application.createdAt, application.updatedAt, application.submittedAt,
                application.screenedAt, application.screeningReason, application.withdrawnAt);
    }
}
