package org.kcity.selection.service;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.ETags;
import org.kcity.selection.domain.EvaluatorDeclaration;

/** Evaluators' declarations of conflicts of interest. */
@ApplicationScoped
public class ConflictService {

    private final AuditTrail audit;
    private final ProgramClock clock;

    ConflictService(AuditTrail audit, ProgramClock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Optional<EvaluatorDeclaration> of(String evaluatorId) {
        return EvaluatorDeclaration.findByIdOptional(evaluatorId);
    }

    /** Replaces the evaluator's declaration; changing an existing one needs its current ETag. */
    @Transactional
    public EvaluatorDeclaration declare(String evaluatorId, Set<String> countries, Set<String> organizations, String ifMatch) {
        EvaluatorDeclaration declaration = EvaluatorDeclaration.findById(evaluatorId);
        if (declaration == null) {
            declaration = new EvaluatorDeclaration();
            declaration.evaluatorId = evaluatorId;
        } else {
            ETags.requireCurrent(ifMatch, declaration.version);
        }
        declaration.declare(countries, organizations, clock.now());
        declaration.persist();
        EvaluatorDeclaration.flush();
        audit.record("CONFLICTS_DECLARED", "evaluator", evaluatorId, Map.of("countries", countries, "organizations", organizations));
        return declaration;
    }
}
