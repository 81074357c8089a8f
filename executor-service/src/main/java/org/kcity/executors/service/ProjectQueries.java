package org.kcity.executors.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.Tender;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
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

    @Transactional
    public List<ProjectWithTender> list(PageRequest paging) {
        Sort order = Sort.by("selectedAt").and("id");
        List<Project> projects = caller.hasRole(Roles.PROGRAM_OFFICER)
                ? Project.findAll(order).page(paging.page(), paging.size()).list()
                : Project.find("siteCountry", order, caller.requireCountry()).page(paging.page(), paging.size()).list();
        return projects.stream().map(project -> new ProjectWithTender(project, Tender.ofProject(project.id))).toList();
    }

    private boolean canSee(Project project) {
        return caller.hasRole(Roles.PROGRAM_OFFICER) || caller.country().filter(project.siteCountry::equals).isPresent();
    }
}
