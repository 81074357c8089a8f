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
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.ETags;
import org.kcity.platform.persistence.Conditions;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;
import org.kcity.selection.domain.Assignment;
import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.ScoreSheet;
import org.kcity.selection.domain.Scorecard;
import org.kcity.selection.domain.Track;

import io.quarkus.panache.common.Sort;

/** An evaluator's side: the applications assigned to it and its score sheets. Nothing else is visible to it. */
@ApplicationScoped
public class EvaluationService {

    private final CallService calls;
    private final ConflictService conflicts;
    private final AuditTrail audit;
    private final ProgramClock clock;

    EvaluationService(CallService calls, ConflictService conflicts, AuditTrail audit, ProgramClock clock) {
        this.calls = calls;
        this.conflicts = conflicts;
        this.audit = audit;
        this.clock = clock;
    }

    /** An application as its evaluator sees it: with the call's criteria and its own sheet, if filed. */
    public record Evaluation(Candidate candidate, Call call, Optional<ScoreSheet> sheet) {
    }

    /** The outcome of filing: the sheet, and whether this request filed it first. */
    public record Filed(ScoreSheet sheet, boolean created) {
    }

    /** The applications the evaluator may read and score: its assignments not suspended. */
    @Transactional
    public Page<Evaluation> assignedTo(Evaluator evaluator, String callId, Track track, PageRequest paging) {
        conflicts.recognize(evaluator);
        Conditions where = new Conditions().require("evaluatorId = :evaluator", "evaluator", evaluator.id())
                .require("suspendedAt is null")
                .with("applicationId in (select c.id from Candidate c where c.callId = :callId)", "callId", callId)
                .with("applicationId in (select c.id from Candidate c where c.track = :track)", "track", track);
        Page<Assignment> assignments = Page.of(Assignment.find(where.query(), Sort.by("assignedAt").and("applicationId"),
                where.parameters()), paging);
        return assignments.map(assignment -> {
            Candidate candidate = Candidate.findById(assignment.applicationId);
            return new Evaluation(candidate, calls.find(candidate.callId), ScoreSheet.of(assignment.applicationId, evaluator.id()));
        });
    }

    @Transactional
    public Evaluation read(Evaluator evaluator, String applicationId) {
        conflicts.recognize(evaluator);
        Assignment assignment = assignment(evaluator.id(), applicationId, LockModeType.NONE);
        Candidate candidate = Candidate.findById(assignment.applicationId);
        return new Evaluation(candidate, calls.find(candidate.callId), ScoreSheet.of(applicationId, evaluator.id()));
    }

    /**
     * Files the evaluator's sheet, or corrects it (naming its current ETag) until the result is published.
     * Every criterion of the call needs a whole score 0-100; every fault is reported at once.
     */
    @Transactional
    public Filed file(Evaluator evaluator, String applicationId, Map<String, BigDecimal> scores, String ifMatch) {
        conflicts.recognize(evaluator);
        String evaluatorId = evaluator.id();
        Assignment assignment = assignment(evaluatorId, applicationId, LockModeType.PESSIMISTIC_WRITE);
        // Shared: sheets of a call may be filed side by side, but not while its result is being published.
        Call call = calls.lock(assignment.callId, LockModeType.PESSIMISTIC_READ);
        call.requireNotPublished();
        Candidate.<Candidate>findById(applicationId).requireEvaluable();
        Optional<ScoreSheet> existing = ScoreSheet.of(applicationId, evaluatorId);
        existing.ifPresent(sheet -> ETags.requireCurrent(ifMatch, sheet.version));
        Scorecard scorecard = call.scorecard();
        List<Problem.Violation> faults = scorecard.faults(scores);
        if (!faults.isEmpty()) {
            throw ApiProblem.unprocessable("The score sheet is incomplete or out of range", faults);
        }
        Map<String, Integer> whole = new TreeMap<>();
        scores.forEach((code, score) -> whole.put(code, score.intValueExact()));
        ScoreSheet sheet = existing.orElseGet(() -> new ScoreSheet(assignment, clock.now()));
        sheet.record(scorecard, whole, clock.now());
        sheet.persist();
        ScoreSheet.flush();
        audit.record(existing.isPresent() ? "score_sheet.corrected" : "score_sheet.filed", CandidateService.AUDIT_TARGET,
                applicationId, Map.of("evaluatorId", evaluatorId, "total", sheet.total()));
        return new Filed(sheet, existing.isEmpty());
    }

    /** Not assigned, or suspended, looks exactly like not existing. */
    private static Assignment assignment(String evaluatorId, String applicationId, LockModeType lock) {
        Assignment assignment = Assignment.of(applicationId, evaluatorId, lock)
                .orElseThrow(() -> ApiProblem.notFound("Application", applicationId));
        assignment.requireActive();
        return assignment;
    }
}
