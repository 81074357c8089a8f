package org.kcity.selection.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;
import org.kcity.platform.web.ETags;
import org.kcity.platform.web.PageRequest;
import org.kcity.selection.domain.Assignment;
import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.ScoreSheet;
import org.kcity.selection.domain.Scorecard;

import io.quarkus.panache.common.Sort;

/** An evaluator's side: the applications assigned to it and its score sheets. Nothing else is visible to it. */
@ApplicationScoped
public class EvaluationService {

    private final CallService calls;
    private final AuditTrail audit;

    EvaluationService(CallService calls, AuditTrail audit) {
        this.calls = calls;
        this.audit = audit;
    }

    /** An application as its evaluator sees it: with the call's criteria and its own sheet, if filed. */
    public record Evaluation(Candidate candidate, Call call, Optional<ScoreSheet> sheet) {
    }

    /** The outcome of filing: the sheet, and whether this request filed it first. */
    public record Filed(ScoreSheet sheet, boolean created) {
    }

    @Transactional
    public List<Evaluation> assignedTo(String evaluatorId, PageRequest paging) {
        List<Assignment> assignments = Assignment.find("evaluatorId", Sort.by("assignedAt").and("applicationId"), evaluatorId)
                .page(paging.page(), paging.size()).list();
        return assignments.stream().map(assignment -> {
            Candidate candidate = Candidate.findById(assignment.applicationId);
            return new Evaluation(candidate, calls.find(candidate.callId), sheetOf(evaluatorId, assignment.applicationId));
        }).toList();
    }

    @Transactional
    public Evaluation read(String evaluatorId, String applicationId) {
        Assignment assignment = assignment(evaluatorId, applicationId, LockModeType.NONE);
        Candidate candidate = Candidate.findById(assignment.applicationId);
        return new Evaluation(candidate, calls.find(candidate.callId), sheetOf(evaluatorId, applicationId));
    }

    /**
     * Files the evaluator's sheet, or corrects it (naming its current ETag) until the result is published.
     * Every criterion of the call needs a whole score 0-100; every fault is reported at once.
     */
    @Transactional
    public Filed file(String evaluatorId, String applicationId, Map<String, BigDecimal> scores, String ifMatch) {
        Assignment assignment = assignment(evaluatorId, applicationId, LockModeType.PESSIMISTIC_WRITE);
        // Shared: sheets of a call may be filed side by side, but not while its result is being published.
        Call call = calls.lock(assignment.callId, LockModeType.PESSIMISTIC_READ);
        call.requireNotPublished();
        Candidate.<Candidate>findById(applicationId).requireEvaluable();
        Optional<ScoreSheet> existing = sheetOf(evaluatorId, applicationId);
        existing.ifPresent(sheet -> ETags.requireCurrent(ifMatch, sheet.version));
        Scorecard scorecard = call.scorecard();
        List<Problem.Violation> faults = scorecard.faults(scores);
        if (!faults.isEmpty()) {
            throw ApiProblem.unprocessable("The score sheet is incomplete or out of range", faults);
        }
        Map<String, Integer> whole = new TreeMap<>();
        scores.forEach((code, score) -> whole.put(code, score.intValueExact()));
        ScoreSheet sheet = existing.orElseGet(() -> new ScoreSheet(assignment, Timestamps.now()));
        sheet.record(scorecard, whole, Timestamps.now());
        sheet.persist();
        ScoreSheet.flush();
        audit.record(existing.isPresent() ? "SCORE_SHEET_CORRECTED" : "SCORE_SHEET_FILED", CandidateService.AUDIT_TARGET,
                applicationId, Map.of("evaluatorId", evaluatorId, "total", sheet.total()));
        return new Filed(sheet, existing.isEmpty());
    }

    /** Not assigned looks exactly like not existing. */
    private static Assignment assignment(String evaluatorId, String applicationId, LockModeType lock) {
        return Assignment.<Assignment>find("applicationId = ?1 and evaluatorId = ?2", applicationId, evaluatorId)
                .withLock(lock).firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound("Application", applicationId));
    }

    private static Optional<ScoreSheet> sheetOf(String evaluatorId, String applicationId) {
        return ScoreSheet.find("applicationId = ?1 and evaluatorId = ?2", applicationId, evaluatorId).firstResultOptional();
    }
}
