package org.kcity.budget.domain;

import java.time.OffsetDateTime;

/**
 * What a budget needs to know of a selected project; amounts in whole KRW. {@code selectedAt}: the result's
 * publication, or the promotion of a reserve.
 */
public record SelectedProject(String projectId, String applicationId, String callId, Track track, String siteCountry,
        String city, String title, String applicantName, long requestedSupport, long supportFloor, long supportCap,
        boolean promoted, String replacesProjectId, OffsetDateTime selectedAt, OffsetDateTime resultPublishedAt) {
}
