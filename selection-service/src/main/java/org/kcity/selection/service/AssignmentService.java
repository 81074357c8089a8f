package org.kcity.selection.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;
import org.kcity.platform.web.PageRequest;
import org.kcity.selection.domain.Assignment;
import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.EvaluatorDeclaration;
import org.kcity.selection.domain.Track;

import io.quarkus.panache.common.Sort;

/** Program officers assign evaluators to applications, never against a declared conflict of interest. */
@ApplicationScoped
public class AssignmentService {

    public static final String CONFLICT_OF_INTEREST = "CONFLICT_OF_INTEREST";

    private final CallService calls;
    private final CandidateService candidates;
    private final AuditTrail audit;

    AssignmentService(CallService calls, CandidateService candidates, AuditTrail audit) {
        this.calls = calls;
        this.candidates = candidates;
        this.audit = audit;
    }

    /** The outcome of an assignment request: the assignment, and whether this request made it. */
    public record Assigned(Assignment assignment, boolean created) {
    }

    @Transactional
    public Assigned assign(String applicationId, String evaluatorId, String officer) {
        Candidate candidate = candidates.find(applicationId);
        // Exclusive: assignments of one call are serialized, so the same one is never made twice at once.
        Call call = calls.lock(candidate.callId, LockModeType.PESSIMISTIC_WRITE);
        call.requireNotPublished();
        candidate.requireEvaluable();
        Optional<Assignment> existing = find(applicationId, evaluatorId);
        if (existing.isPresent()) {
            return new Assigned(existing.get(), false);
        }
        declaration(evaluatorId).flatMap(declaration -> declaration.conflictWith(candidate)).ifPresent(reason -> {
            throw ApiProblem.conflict(CONFLICT_OF_INTEREST, reason);
        });
        return new Assigned(create(candidate, evaluatorId, officer), true);
    }

    /**
     * Assigns the evaluator to every application of the track still in competition; all or nothing, so a single
     * conflict refuses the whole request, listing every conflicting application.
     */
    @Transactional
    public List<Assigned> assignTrack(String callId, Track track, String evaluatorId, String officer) {
        Call call = calls.lock(callId, LockModeType.PESSIMISTIC_WRITE);
        call.requireNotPublished();
        if (call.track(track).isEmpty()) {
            throw ApiProblem.notFound("Track", track + " of call " + callId);
        }
        List<Candidate> inTrack = Candidate.<Candidate>list("callId = ?1 and track = ?2 order by applicationId", callId, track)
                .stream().filter(candidate -> candidate.status.inCompetition()).toList();
        Optional<EvaluatorDeclaration> declaration = declaration(evaluatorId);
        List<Problem.Violation> conflicts = inTrack.stream()
                .map(candidate -> declaration.flatMap(d -> d.conflictWith(candidate)))
                .flatMap(Optional::stream)
                .map(reason -> Problem.Violation.ofRule(CONFLICT_OF_INTEREST, reason))
                .toList();
        if (!conflicts.isEmpty()) {
            throw new ApiProblem(409, "conflict", "Conflict", "Evaluator " + evaluatorId + " has a declared conflict with "
                    + conflicts.size() + " application(s) of track " + track + "; nothing was assigned", conflicts);
        }
        List<Assigned> result = new ArrayList<>();
        for (Candidate candidate : inTrack) {
            result.add(find(candidate.applicationId, evaluatorId).map(existing -> new Assigned(existing, false))
                    .orElseGet(() -> new Assigned(create(candidate, evaluatorId, officer), true)));
        }
        return result;
    }

    @Transactional
    public List<Assignment> ofApplication(String applicationId) {
        candidates.find(applicationId);
        return Assignment.list("applicationId", Sort.by("assignedAt").and("evaluatorId"), applicationId);
    }

    /** Per application of the call: evaluators assigned and sheets filed, against the sheets needed. */
    public record Progress(Candidate candidate, long assigned, long filed, int needed) {
    }

    @Transactional
    public List<Progress> progress(String callId, PageRequest paging) {
        Call call = calls.find(callId);
        List<Candidate> pageOfCandidates = Candidate.find("callId", Sort.by("applicationId"), callId)
                .page(paging.page(), paging.size()).list();
        List<String> ids = pageOfCandidates.stream().map(c -> c.applicationId).toList();
        Map<String, Long> assigned = countByApplication("Assignment", ids);
        Map<String, Long> filed = countByApplication("ScoreSheet", ids);
        return pageOfCandidates.stream().map(candidate -> new Progress(candidate, assigned.getOrDefault(candidate.applicationId, 0L),
                filed.getOrDefault(candidate.applicationId, 0L), call.evaluationsPerApplication)).toList();
    }

    private static Map<String, Long> countByApplication(String entity, List<String> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return Assignment.getEntityManager().createQuery("select e.applicationId, count(e) from " + entity
                + " e where e.applicationId in :ids group by e.applicationId", Object[].class)
                .setParameter("ids", applicationIds).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    private Assignment create(Candidate candidate, String evaluatorId, String officer) {
        Assignment assignment = new Assignment(candidate, evaluatorId, officer, Timestamps.now());
        assignment.persist();
        audit.record("EVALUATOR_ASSIGNED", CandidateService.AUDIT_TARGET, candidate.applicationId, Map.of("evaluatorId", evaluatorId));
        return assignment;
    }

    private static Optional<Assignment> find(String applicationId, String evaluatorId) {
        return Assignment.find("applicationId = ?1 and evaluatorId = ?2", applicationId, evaluatorId).firstResultOptional();
    }

    private static Optional<EvaluatorDeclaration> declaration(String evaluatorId) {
        return EvaluatorDeclaration.findByIdOptional(evaluatorId);
    }
}
