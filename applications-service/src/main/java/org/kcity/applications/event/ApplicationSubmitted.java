package org.kcity.applications.event;

import java.time.OffsetDateTime;

import org.kcity.applications.domain.Application;
import org.kcity.applications.domain.Organization;
import org.kcity.applications.domain.OrganizationKind;
import org.kcity.applications.domain.Track;
import org.kcity.platform.event.OutgoingEvent;

/** {@code kcity.application.submitted.v1}: the application as the selection and later stages need it. */
public record ApplicationSubmitted(String applicationId, String callId, Track track, String siteCountry, String region,
        String city, String title, String summary, Applicant applicant, Partner partner, long requestedSupport,
        OffsetDateTime submittedAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.application.submitted.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return applicationId;
    }

    public record Applicant(String organizationId, String name, OrganizationKind kind) {
    }

    public record Partner(String name, OrganizationKind kind) {
    }

    public static ApplicationSubmitted of(Application application) {
        Organization partner = application.partner();
        return new ApplicationSubmitted(application.id, application.callId,
                application.track, application.siteCountry, application.region, application.city, application.title,
                application.summary, new Applicant(application.organizationId, application.applicantName, application.applicantKind),
                partner == null ? null : new Partner(partner.name(), partner.kind()), application.requestedSupport,
                application.submittedAt);
    }
}
