package org.kcity.executors.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.Tender;
import org.kcity.executors.domain.TenderStatus;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.persistence.Conditions;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

import io.quarkus.panache.common.Sort;

/**
 * Who sees which tender. Officers see all; an overseas official only those of projects in its own country;
 * a committee member those it sits on; a bidder those open for bids or awarded. Anything else answers 404.
 */
@ApplicationScoped
public class TenderAccess {

    private final Caller caller;

    TenderAccess(Caller caller) {
        this.caller = caller;
    }

    public record VisibleTender(Tender tender, Project project) {
    }

    public VisibleTender visible(UUID tenderId) {
        return check(Tender.<Tender>findById(tenderId), tenderId);
    }

    /** The tender locked for a change, so concurrent bids, scores and the award apply one after the other. */
    public VisibleTender visibleForUpdate(UUID tenderId) {
        return check(Tender.findById(tenderId, LockModeType.PESSIMISTIC_WRITE), tenderId);
    }

    public boolean canSee(Tender tender, Project project) {
        return caller.hasRole(Roles.PROGRAM_OFFICER)
                || caller.hasRole(Roles.OVERSEAS_OFFICIAL) && caller.country().filter(project.siteCountry::equals).isPresent()
                || caller.hasRole(Roles.BIDDER) && (tender.status == TenderStatus.OPEN || tender.status == TenderStatus.AWARDED)
                || isMember(tender, project);
    }

    /** Sitting on the committee lets a member act only while its role may still see the tender. */
    public boolean isMember(Tender tender, Project project) {
        return tender.member(caller.subject()).isPresent()
                && (caller.hasRole(Roles.PROGRAM_OFFICER) || caller.hasRole(Roles.EVALUATOR)
                        || caller.hasRole(Roles.OVERSEAS_OFFICIAL) && caller.country().filter(project.siteCountry::equals).isPresent());
    }

    /** The tenders the caller may see, oldest first, of the projects the filter names. */
    public Page<Tender> list(TenderFilter filter, PageRequest paging) {
        Conditions where = new Conditions();
        if (!caller.hasRole(Roles.PROGRAM_OFFICER)) {
            where.require(visibility(where));
        }
        where.with("projectId in (select p.id from Project p where p.callId = :callId)", "callId", filter.callId())
                .with("projectId = :projectId", "projectId", filter.projectId())
                .with("projectId in (select p.id from Project p where p.track = :track)", "track", filter.track())
                .with("status = :status", "status", filter.status());
        return Page.of(Tender.find(where.query(), Sort.by("createdAt").and("id"), where.parameters()), paging);
    }

    /** The same rule as {@link #canSee}, as a query clause; adds the parameters it needs. */
    private String visibility(Conditions where) {
        List<String> visible = new ArrayList<>();
        if (caller.hasRole(Roles.OVERSEAS_OFFICIAL) && caller.country().isPresent()) {
            visible.add("projectId in (select p.id from Project p where p.siteCountry = :country)");
            where.bind("country", caller.country().get());
        }
        if (caller.hasRole(Roles.BIDDER)) {
            visible.add("status in (:biddable)");
            where.bind("biddable", List.of(TenderStatus.OPEN, TenderStatus.AWARDED));
        }
        if (caller.hasRole(Roles.EVALUATOR)) {
            visible.add("id in (select t.id from Tender t join t.committee m where m.subject = :subject)");
            where.bind("subject", caller.subject());
        }
        return visible.isEmpty() ? "1 = 0" : "(" + String.join(" or ", visible) + ")";
    }

    private VisibleTender check(Tender tender, UUID tenderId) {
        if (tender == null) {
            throw ApiProblem.notFound("Tender", tenderId);
        }
        Project project = Project.findById(tender.projectId);
        if (!canSee(tender, project)) {
            throw ApiProblem.notFound("Tender", tenderId);
        }
        return new VisibleTender(tender, project);
    }
}
