package org.kcity.executors.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.Tender;
import org.kcity.platform.persistence.Conditions;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

import io.quarkus.panache.common.Sort;

/** Projects as officers (all) and overseas officials (their own country's) read them. */
@ApplicationScoped
public class ProjectQueries {

    private final Caller caller;

    ProjectQueries(Caller caller) {
        this.caller = caller;
    }

    public record ProjectWithTender(Project project, Optional<Tender> tender) {
    }

    @Transactional
    public ProjectWithTender find(String projectId) {
        Project project = Project.<Project>findByIdOptional(projectId).filter(this::canSee)
                .orElseThrow(() -> ApiProblem.notFound("Project", projectId));
        return new ProjectWithTender(project, Tender.ofProject(project.id));
    }

    /** The projects the caller may see, in the order they were selected, as the filter narrows them. */
    @Transactional
    public Page<ProjectWithTender> list(ProjectFilter filter, PageRequest paging) {
        Conditions where = new Conditions();
        if (!caller.hasRole(Roles.PROGRAM_OFFICER)) {
            where.require("siteCountry = :country", "country", caller.requireCountry());
        }
        where.with("callId = :callId", "callId", filter.callId()).with("track = :track", "track", filter.track())
                .with("status = :status", "status", filter.status());
        Page<Project> projects = Page.of(Project.find(where.query(), Sort.by("selectedAt").and("id"), where.parameters()),
                paging);
        return projects.map(project -> new ProjectWithTender(project, Tender.ofProject(project.id)));
    }

    private boolean canSee(Project project) {
        return caller.hasRole(Roles.PROGRAM_OFFICER) || caller.country().filter(project.siteCountry::equals).isPresent();
    }
}
