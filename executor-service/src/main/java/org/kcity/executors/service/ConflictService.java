package org.kcity.executors.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.executors.domain.ConflictDeclaration;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.security.Caller;
import org.kcity.platform.time.ProgramClock;

/** Conflicts of interest that people who may sit on committees declare with organizations that may bid. */
@ApplicationScoped
public class ConflictService {

    private final AuditTrail audit;
    private final ProgramClock clock;
    private final Caller caller;

    ConflictService(AuditTrail audit, ProgramClock clock, Caller caller) {
        this.audit = audit;
        this.clock = clock;
        this.caller = caller;
    }

    @Transactional
    public ConflictDeclaration declare(String organizationId, String reason) {
        if (ConflictDeclaration.exists(caller.subject(), organizationId)) {
            throw ApiProblem.conflict("CONFLICT_ALREADY_DECLARED",
                    caller.subject() + " already declared a conflict with " + organizationId);
        }
        ConflictDeclaration declaration = ConflictDeclaration.of(caller.subject(), organizationId, reason, clock.now());
        declaration.persist();
        audit.record("conflict.declared", "conflict-declaration", declaration.id.toString(),
                Map.of("organizationId", organizationId, "reason", reason));
        return declaration;
    }

    @Transactional
    public ConflictDeclaration mine(long declarationId) {
        return ConflictDeclaration.<ConflictDeclaration>findByIdOptional(declarationId)
                .filter(declaration -> declaration.declarant.equals(caller.subject()))
                .orElseThrow(() -> ApiProblem.notFound("Conflict declaration", declarationId));
    }

    @Transactional
    public List<ConflictDeclaration> mine() {
        return ConflictDeclaration.by(caller.subject());
    }
}
