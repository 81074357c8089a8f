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

    public void screen(CandidateStatus outcome, String reason) {
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
