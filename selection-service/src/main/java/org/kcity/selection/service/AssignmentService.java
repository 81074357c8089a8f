package org.kcity.selection.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.PageRequest;
import org.kcity.selection.domain.Assignment;
import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.EvaluatorDeclaration;
import org.kcity.selection.domain.ScoreSheet;
import org.kcity.selection.domain.Track;

import io.quarkus.panache.common.Sort;

/**
 * Program officers assign evaluators to applications, never against a conflict of interest, and unassign them until
 * the result is published.
 */
@ApplicationScoped
public class AssignmentService {

    private final CallService calls;
    private final CandidateService candidates;
    private final AuditTrail audit;
    private final ProgramClock clock;

    AssignmentService(CallService calls, CandidateService candidates, AuditTrail audit, ProgramClock clock) {
        this.calls = calls;
        this.candidates = candidates;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of an assignment request: the assignment, and whether this request made it. */
    public record Assigned(Assignment assignment, boolean created) {
    }

    /**
     * Refused against a conflict of interest, also when repeated; otherwise repeating an assignment changes nothing (a
     * suspended one stays suspended: the officer unassigns it to start over).
     */
    @Transactional
    public Assigned assign(String applicationId, String evaluatorId, String officer) {
        Candidate candidate = candidates.find(applicationId);
        EvaluatorDeclaration declaration = EvaluatorDeclaration.lockOrCreate(evaluatorId);
        // Exclusive: assignments of one call are serialized, so the same one is never made twice at once.
        Call call = calls.lock(candidate.callId, LockModeType.PESSIMISTIC_WRITE);
        call.requireNotPublished();
        candidate.requireEvaluable();
        declaration.requireNoConflictWith(candidate);
        return Assignment.of(applicationId, evaluatorId, LockModeType.NONE).map(existing -> new Assigned(existing, false))
                .orElseGet(() -> new Assigned(create(candidate, evaluatorId, officer), true));
    }

    /**
     * Assigns the evaluator to every application of the track still in competition; all or nothing, so a single
     * conflict refuses the whole request, listing every conflicting application.
     */
    @Transactional
    public List<Assigned> assignTrack(String callId, Track track, String evaluatorId, String officer) {
        EvaluatorDeclaration declaration = EvaluatorDeclaration.lockOrCreate(evaluatorId);
        Call call = calls.lock(callId, LockModeType.PESSIMISTIC_WRITE);
        call.requireNotPublished();
        if (call.track(track).isEmpty()) {
            throw ApiProblem.notFound("Track", track + " of call " + callId);
        }
        List<Candidate> inTrack = Candidate.<Candidate>list("callId = ?1 and track = ?2 order by applicationId", callId, track)
                .stream().filter(candidate -> candidate.status.inCompetition()).toList();
        List<Problem.Violation> conflicts = inTrack.stream()
                .map(declaration::conflictWith)
                .flatMap(Optional::stream)
                .map(reason -> Problem.Violation.ofRule(EvaluatorDeclaration.CONFLICT_OF_INTEREST, reason))
                .toList();
        if (!conflicts.isEmpty()) {
            throw new ApiProblem(409, "conflict", "Conflict", "Evaluator " + evaluatorId + " has a conflict of interest with "
                    + conflicts.size() + " application(s) of track " + track + "; nothing was assigned", conflicts);
        }
        List<Assigned> result = new ArrayList<>();
        for (Candidate candidate : inTrack) {
            result.add(Assignment.of(candidate.applicationId, evaluatorId, LockModeType.NONE)
                    .map(existing -> new Assigned(existing, false))
                    .orElseGet(() -> new Assigned(create(candidate, evaluatorId, officer), true)));
        }
        return result;
    }

    /**
     * Takes the evaluator off the application until the result is published; its sheet, if filed, goes with it (its
     * scores stay in the audit trail). The evaluator may be assigned again later, with a new sheet.
     */
    @Transactional
    public void unassign(String applicationId, String evaluatorId) {
        Candidate candidate = candidates.find(applicationId);
        // The assignment first, then the call: the order filing a sheet takes them in.
        Assignment assignment = Assignment.of(applicationId, evaluatorId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiProblem.notFound("Assignment of evaluator " + evaluatorId + " to application", applicationId));
        calls.lock(candidate.callId, LockModeType.PESSIMISTIC_READ).requireNotPublished();
        Optional<ScoreSheet> sheet = ScoreSheet.of(applicationId, evaluatorId);
        audit.record("evaluator.unassigned", CandidateService.AUDIT_TARGET, applicationId, sheet
                .<Map<String, Object>>map(discarded -> Map.of("evaluatorId", evaluatorId, "discardedScores", Map.copyOf(discarded.scores),
                        "discardedTotal", discarded.total()))
                .orElse(Map.of("evaluatorId", evaluatorId)));
        sheet.ifPresent(ScoreSheet::delete);
        assignment.delete();
    }

    @Transactional
    public List<Assignment> ofApplication(String applicationId) {
        candidates.find(applicationId);
        return Assignment.list("applicationId", Sort.by("assignedAt").and("evaluatorId"), applicationId);
    }

    /** One application of the call: its assignments and the evaluators who filed a sheet, against the sheets needed. */
    public record Progress(Candidate candidate, List<Assignment> assignments, Set<String> filedBy, int needed) {

        /** The evaluators who may score it. */
        public List<Assignment> active() {
            return assignments.stream().filter(assignment -> !assignment.isSuspended()).toList();
        }

        /** A conflict found after these assignments: their sheets do not count. */
        public List<Assignment> suspended() {
            return assignments.stream().filter(Assignment::isSuspended).toList();
        }

        /** The sheets that count: those of the active assignments. */
        public long filed() {
            return active().stream().filter(this::hasSheet).count();
        }

        public boolean hasSheet(Assignment assignment) {
            return filedBy.contains(assignment.evaluatorId);
        }
    }

    /** A page of the call's applications, with how many submissions have arrived against how many intake counted. */
    public record CallProgress(Call call, long receivedSubmissions, List<Progress> applications) {
    }

    @Transactional
    public CallProgress progress(String callId, PageRequest paging) {
        Call call = calls.find(callId);
        return new CallProgress(call, Candidate.receivedFor(callId), progressOf(call, paging));
    }

    private static List<Progress> progressOf(Call call, PageRequest paging) {
        List<Candidate> pageOfCandidates = Candidate.find("callId", Sort.by("applicationId"), call.id)
                .page(paging.page(), paging.size()).list();
        List<String> ids = pageOfCandidates.stream().map(c -> c.applicationId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, List<Assignment>> assignments = Assignment.<Assignment>list("applicationId in ?1",
                Sort.by("assignedAt").and("evaluatorId"), ids).stream().collect(Collectors.groupingBy(a -> a.applicationId));
        Map<String, Set<String>> filedBy = ScoreSheet.getEntityManager()
                .createQuery("select s.applicationId, s.evaluatorId from ScoreSheet s where s.applicationId in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(row -> (String) row[0], Collectors.mapping(row -> (String) row[1], Collectors.toSet())));
        return pageOfCandidates.stream().map(candidate -> new Progress(candidate,
                assignments.getOrDefault(candidate.applicationId, List.of()), filedBy.getOrDefault(candidate.applicationId, Set.of()),
                call.evaluationsPerApplication)).toList();
    }

    private Assignment create(Candidate candidate, String evaluatorId, String officer) {
        Assignment assignment = new Assignment(candidate, evaluatorId, officer, clock.now());
        assignment.persist();
        audit.record("evaluator.assigned", CandidateService.AUDIT_TARGET, candidate.applicationId, Map.of("evaluatorId", evaluatorId));
        return assignment;
    }
}
