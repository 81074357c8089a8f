package org.kcity.selection.event;

import java.time.OffsetDateTime;

import org.kcity.platform.event.OutgoingEvent;
import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.OrganizationKind;
import org.kcity.selection.domain.ResultEntry;
import org.kcity.selection.domain.Track;
import org.kcity.selection.domain.TrackSetting;

/** {@code kcity.selection.project_selected.v1}: an application became a project. Subject: project id. */
public record ProjectSelected(String projectId, String applicationId, String callId, int year, Track track,
        String siteCountry, String region, String city, String title, Applicant applicant, Partner partner,
        long requestedSupport, long supportFloor, long supportCap, String score, int rank, boolean promoted,
        String replacesProjectId, OffsetDateTime selectedAt, OffsetDateTime resultPublishedAt) implements OutgoingEvent {

    public static final String TYPE = "kcity.selection.project_selected.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return projectId;
    }

    /** The event of a selected result entry, with what budget and executor selection need to know of it. */
    public static ProjectSelected of(Call call, Candidate candidate, ResultEntry entry) {
        TrackSetting track = call.track(entry.track)
                .orElseThrow(() -> new IllegalStateException("Call " + call.id + " does not offer track " + entry.track));
        return new ProjectSelected(entry.projectId, candidate.applicationId, call.id, call.year, candidate.track,
                candidate.siteCountry, candidate.region, candidate.city, candidate.title,
                new Applicant(candidate.applicantOrganizationId, candidate.applicantName, candidate.applicantKind),
                candidate.hasPartner() ? new Partner(candidate.partnerName, candidate.partnerKind) : null,
                candidate.requestedSupport, track.supportFloor, track.supportCap, entry.score().display(), entry.rankInTrack,
                entry.promoted, entry.replacesProjectId, entry.selectedAt, call.publishedAt);
    }

    public record Applicant(String organizationId, String name, OrganizationKind kind) {
    }

    public record Partner(String name, OrganizationKind kind) {
    }
}
