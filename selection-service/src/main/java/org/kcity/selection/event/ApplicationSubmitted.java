package org.kcity.selection.event;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

import org.kcity.selection.domain.OrganizationKind;
import org.kcity.selection.domain.Track;

/**
 * What this service reads of {@code kcity.application.submitted.v1}: everything an evaluator reads. Nothing else is
 * read, so personal data a producer might add (the contact) is never kept.
 */
public record ApplicationSubmitted(String applicationId, String callId, @NotNull Track track, String siteCountry,
        String region, String city, String title, String summary, @NotNull Organization applicant, Organization partner,
        long requestedSupport, @NotNull OffsetDateTime submittedAt) {

    public static final String TYPE = "kcity.application.submitted.v1";

    /** The applicant (with its id) or the partner (without one). */
    public record Organization(String organizationId, String name, OrganizationKind kind) {
    }
}
