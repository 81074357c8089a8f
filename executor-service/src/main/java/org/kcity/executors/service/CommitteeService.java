package org.kcity.executors.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.executors.domain.Bid;
import org.kcity.executors.domain.CommitteeMember;
import org.kcity.executors.domain.ConflictDeclaration;
import org.kcity.executors.domain.MemberKind;
import org.kcity.executors.domain.Tender;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;
import org.kcity.platform.time.ProgramClock;

/** The selection committee of a tender: who sits on it, and whether it may score and award. */
@ApplicationScoped
public class CommitteeService {

    private final TenderAccess access;
    private final AuditTrail audit;
    private final ProgramClock clock;

    CommitteeService(TenderAccess access, AuditTrail audit, ProgramClock clock) {
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewMember(String subject, String name, MemberKind kind, String country) {
    }

    public record Committee(Tender tender, List<CommitteeMember> members, List<Problem.Violation> violations) {
    }

    @Transactional
    public Committee addMember(UUID tenderId, NewMember candidate) {
        TenderAccess.VisibleTender visible = access.visibleForUpdate(tenderId);
        Tender tender = visible.tender();
        Set<String> conflicting = new TreeSet<>();
        ConflictDeclaration.between(List.of(candidate.subject()), bidders(tender))
                .forEach(declaration -> conflicting.add(declaration.organizationId));
        tender.addMember(new CommitteeMember(candidate.subject(), candidate.name(), candidate.kind(), candidate.country(),
                clock.now()), visible.project().siteCountry, conflicting);
        audit.record("committee.member_added", "tender", tender.id.toString(), candidate);
        return committee(tender, visible.project().siteCountry);
    }

    @Transactional
    public void removeMember(UUID tenderId, String subject) {
        Tender tender = access.visibleForUpdate(tenderId).tender();
        tender.removeMember(subject);
        audit.record("committee.member_removed", "tender", tender.id.toString(), Map.of("subject", subject));
    }

    @Transactional
    public Committee of(UUID tenderId) {
        TenderAccess.VisibleTender visible = access.visible(tenderId);
        return committee(visible.tender(), visible.project().siteCountry);
    }

    /** Refuses (409) with every reason when the committee may not score or award. */
    public void requireValid(Tender tender, String hostCountry) {
        List<Problem.Violation> violations = violations(tender, hostCountry);
        if (!violations.isEmpty()) {
            throw new ApiProblem(409, "conflict", "Conflict", "The committee of tender " + tender.id + " is not valid",
                    violations);
        }
    }

    private Committee committee(Tender tender, String hostCountry) {
        return new Committee(tender, List.copyOf(tender.committee()), violations(tender, hostCountry));
    }

    private List<Problem.Violation> violations(Tender tender, String hostCountry) {
        Map<String, Set<String>> conflicts = new TreeMap<>();
        ConflictDeclaration.between(tender.committee().stream().map(member -> member.subject).toList(), bidders(tender))
                .forEach(declaration -> conflicts.computeIfAbsent(declaration.declarant, subject -> new TreeSet<>())
                        .add(declaration.organizationId));
        return tender.committeeViolations(hostCountry, conflicts);
    }

    private static List<String> bidders(Tender tender) {
        return Bid.ofTender(tender.id).stream().map(bid -> bid.bidderOrganizationId).toList();
    }
}
