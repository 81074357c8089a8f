package org.kcity.executors.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.Tender;
import org.kcity.executors.domain.TenderStatus;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.PageRequest;


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

    public List<Tender> list(TenderStatus status, PageRequest paging) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.hasRole(Roles.PROGRAM_OFFICER)) {
            List<String> visibility = new ArrayList<>();
            if (caller.hasRole(Roles.OVERSEAS_OFFICIAL) && caller.country().isPresent()) {
                visibility.add("t.projectId in (select p.id from Project p where p.siteCountry = :country)");
                parameters.put("country", caller.country().get());
            }
            if (caller.hasRole(Roles.BIDDER)) {
                visibility.add("t.status in (:biddable)");
                parameters.put("biddable", List.of(TenderStatus.OPEN, TenderStatus.AWARDED));
            }
            if (caller.hasRole(Roles.EVALUATOR)) {
                visibility.add(":subject in (select m.subject from Tender t2 join t2.committee m where t2.id = t.id)");
                parameters.put("subject", caller.subject());
            }
            clauses.add(visibility.isEmpty() ? "1 = 0" : "(" + String.join(" or ", visibility) + ")");
        }
        if (status != null) {
            clauses.add("t.status = :status");
            parameters.put("status", status);
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        return Tender.<Tender>find("select t from Tender t" + where + " order by t.createdAt, t.id", parameters)
                .page(paging.page(), paging.size()).list();
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
