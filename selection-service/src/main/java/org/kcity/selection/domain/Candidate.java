package org.kcity.selection.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.kcity.platform.problem.ApiProblem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * This service's copy of a submitted application. Its call may not be known yet: events of different
 * calls and applications are not ordered with each other, so nothing here refers to the call's row.
 */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public String applicationId;

    @Column(name = "call_id", nullable = false)
    public String callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Track track;

    @Column(name = "site_country", nullable = false)
    public String siteCountry;

    @Column(nullable = false)
    public String region;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false)
    public String title;

    /** Null for applications received before it was kept. */
    public String summary;

    @Column(name = "applicant_organization_id", nullable = false)
    public String applicantOrganizationId;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    public OrganizationKind applicantKind;

    @Column(name = "partner_name")
    public String partnerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_kind")
    public OrganizationKind partnerKind;

    @Column(name = "requested_support", nullable = false)
    public long requestedSupport;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CandidateStatus status;

    /** The screening-out reason, when screened out. */
    @Column(name = "status_reason")
    public String statusReason;

    @Version
    public long version;

    /** The applicant organization, with its id. */
    public record Applicant(String organizationId, String name, OrganizationKind kind) {
    }

    /** The partner organization, if any. */
    public record Partner(String name, OrganizationKind kind) {
    }

    /** An application as intake submitted it, in competition until screening says otherwise; {@code partner} may be null. */
    public static Candidate submitted(String applicationId, String callId, Track track, String siteCountry, String region,
            String city, String title, String summary, Applicant applicant, Partner partner, long requestedSupport,
            OffsetDateTime submittedAt) {
        Candidate candidate = new Candidate();
        candidate.applicationId = applicationId;
        candidate.callId = callId;
        candidate.track = track;
        candidate.siteCountry = siteCountry;
        candidate.region = region;
        candidate.city = city;
        candidate.title = title;
        candidate.summary = summary;
        candidate.applicantOrganizationId = applicant.organizationId();
        candidate.applicantName = applicant.name();
        candidate.applicantKind = applicant.kind();
        if (partner != null) {
            candidate.partnerName = partner.name();
            candidate.partnerKind = partner.kind();
        }
        candidate.requestedSupport = requestedSupport;
        candidate.submittedAt = submittedAt;
        candidate.status = CandidateStatus.SUBMITTED;
        return candidate;
    }

    /** The call's applications whose submission reached this service, whatever became of them since. */
    public static long receivedFor(String callId) {
        return count("callId", callId);
    }

    public boolean hasPartner() {
        return partnerName != null;
    }

    /** Only applications still in competition are assigned and scored. */
    public void requireEvaluable() {
        if (!status.inCompetition()) {
            throw ApiProblem.conflict("NOT_EVALUABLE", "Application " + applicationId + " is " + status + " and is no longer evaluated");
        }
    }

    /** Records intake's screening, SCREENED_IN or SCREENED_OUT (with its reason); a withdrawn application stays so. */
    public void screen(CandidateStatus outcome, String reason) {
        if (outcome != CandidateStatus.SCREENED_IN && outcome != CandidateStatus.SCREENED_OUT) {
            throw new IllegalArgumentException("Unknown screening outcome " + outcome);
        }
        if (status == CandidateStatus.WITHDRAWN) {
            return;
        }
        status = outcome;
        statusReason = outcome == CandidateStatus.SCREENED_OUT ? reason : null;
    }

    public void withdraw() {
        status = CandidateStatus.WITHDRAWN;
    }

    public RankingEntry toRankingEntry(Score score) {
        return new RankingEntry(applicationId, track, siteCountry, submittedAt.toInstant(), status, score);
    }
}
