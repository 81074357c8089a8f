package org.kcity.selection.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.ETags;
import org.kcity.selection.domain.Assignment;
import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.EvaluatorDeclaration;

/**
 * Evaluators' conflicts of interest: the ones they declare and their own organization. A conflict found after an
 * assignment suspends it, unless the call's result is out (evaluations are locked then).
 */
@ApplicationScoped
public class ConflictService {

    static final String AUDIT_TARGET = "evaluator";

    private final CallService calls;
    private final AuditTrail audit;
    private final ProgramClock clock;

    ConflictService(CallService calls, AuditTrail audit, ProgramClock clock) {
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    /** The evaluator's declaration, once it declared one. */
    @Transactional
    public Optional<EvaluatorDeclaration> of(Evaluator evaluator) {
        return recognize(evaluator).filter(EvaluatorDeclaration::isDeclared);
    }

    /** Replaces the evaluator's declaration; changing an existing one needs its current ETag. */
    @Transactional
    public EvaluatorDeclaration declare(Evaluator evaluator, Set<String> countries, Set<String> organizations, String ifMatch) {
        EvaluatorDeclaration declaration = EvaluatorDeclaration.lockOrCreate(evaluator.id());
        if (declaration.isDeclared()) {
            ETags.requireCurrent(ifMatch, declaration.version);
        }
        declaration.learnOrganization(evaluator.organization());
        declaration.declare(countries, organizations, clock.now());
        audit.record("conflicts.declared", AUDIT_TARGET, evaluator.id(), Map.of("countries", countries, "organizations", organizations));
        suspendConflicting(declaration);
        EvaluatorDeclaration.flush();
        return declaration;
    }

    /**
     * Learns the organization the evaluator's token names, on each of its requests before anything else: the first
     * time (or when it changed), its assignments to that organization's applications are suspended before it reads
     * or scores any of them. Assignments made before this service knew the organization could not be refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<EvaluatorDeclaration> recognize(Evaluator evaluator) {
        Optional<EvaluatorDeclaration> known = EvaluatorDeclaration.findByIdOptional(evaluator.id());
        boolean nothingNew = known.map(declaration -> declaration.knowsOrganization(evaluator.organization()))
                .orElse(evaluator.organization().isEmpty());
        if (nothingNew) {
            return known;
        }
        EvaluatorDeclaration declaration = EvaluatorDeclaration.lockOrCreate(evaluator.id());
        if (declaration.learnOrganization(evaluator.organization())) {
            suspendConflicting(declaration);
        }
        return Optional.of(declaration);
    }

    /** Suspends the evaluator's active assignments that conflict with its declaration, in calls not yet published. */
    private void suspendConflicting(EvaluatorDeclaration declaration) {
        List<Assignment> active = Assignment.<Assignment>find("evaluatorId = ?1 and suspendedAt is null order by id",
                declaration.evaluatorId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (active.isEmpty()) {
            return;
        }
        Map<String, Candidate> candidates = Candidate.<Candidate>list("applicationId in ?1",
                active.stream().map(assignment -> assignment.applicationId).toList())
                .stream().collect(Collectors.toMap(candidate -> candidate.applicationId, Function.identity()));
        OffsetDateTime now = clock.now();
        for (Assignment assignment : active) {
            declaration.conflictWith(candidates.get(assignment.applicationId)).ifPresent(reason -> {
                // Shared, like filing a sheet: a suspension lands before the result is published, or not at all.
                Call call = calls.lock(assignment.callId, LockModeType.PESSIMISTIC_READ);
                if (call.isPublished()) {
                    return;
                }
                assignment.suspend(reason, now);
                audit.record("assignment.suspended", CandidateService.AUDIT_TARGET, assignment.applicationId,
                        Map.of("evaluatorId", assignment.evaluatorId, "reason", reason));
            });
        }
    }
}
