package org.kcity.selection.service;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.CandidateStatus;
import org.kcity.selection.event.ApplicationScreened;
import org.kcity.selection.event.ApplicationSubmitted;
import org.kcity.selection.event.ApplicationWithdrawn;

/** Keeps this service's copy of the submitted applications, from their events. */
@ApplicationScoped
public class CandidateService {

    static final String AUDIT_TARGET = "application";

    private final AuditTrail audit;
    private final ResultService results;

    CandidateService(AuditTrail audit, ResultService results) {
        this.audit = audit;
        this.results = results;
    }

    @Transactional
    public void submitted(ApplicationSubmitted submitted) {
        if (Candidate.findById(submitted.applicationId()) != null) {
            return;
        }
        ApplicationSubmitted.Organization applicant = submitted.applicant();
        ApplicationSubmitted.Organization partner = submitted.partner();
        Candidate candidate = Candidate.submitted(submitted.applicationId(), submitted.callId(), submitted.track(),
                submitted.siteCountry(), submitted.region(), submitted.city(), submitted.title(), submitted.summary(),
                new Candidate.Applicant(applicant.organizationId(), applicant.name(), applicant.kind()),
                partner == null ? null : new Candidate.Partner(partner.name(), partner.kind()), submitted.requestedSupport(),
                submitted.submittedAt());
        candidate.persist();
        audit.record("application.submitted", AUDIT_TARGET, candidate.applicationId, Map.of("callId", candidate.callId));
    }

    /** An application's events share its key and stay in order, so screening before submission means a lost event. */
    @Transactional
    public void screened(ApplicationScreened screened) {
        Candidate candidate = Candidate.<Candidate>findByIdOptional(screened.applicationId())
                .orElseThrow(() -> new IllegalStateException("Application " + screened.applicationId() + " was screened but never submitted"));
        if (Call.<Call>findByIdOptional(candidate.callId).filter(Call::isPublished).isPresent()) {
            // Intake refuses screening once it has read the publication; one sent in the moment before cannot change
            // the published result, so it waits in the dead letters for the program office.
            throw new IllegalStateException("Application " + candidate.applicationId + " was screened "
                    + screened.outcome() + " after the result of its call was published");
        }
        candidate.screen(screened.outcome(), screened.reason());
        audit.record("application." + screened.outcome().name().toLowerCase(Locale.ROOT), AUDIT_TARGET, candidate.applicationId, null);
    }

    /** A draft withdrawn before submission never reached selection: nothing to do. */
    @Transactional
    public void withdrawn(ApplicationWithdrawn withdrawn) {
        Candidate candidate = Candidate.findById(withdrawn.applicationId());
        if (candidate == null || candidate.status == CandidateStatus.WITHDRAWN) {
            return;
        }
        candidate.withdraw();
        audit.record("application.withdrawn", AUDIT_TARGET, candidate.applicationId, null);
        results.withdrawn(candidate);
    }

    Candidate find(String applicationId) {
        return Candidate.<Candidate>findByIdOptional(applicationId).orElseThrow(() -> ApiProblem.notFound("Application", applicationId));
    }
}
