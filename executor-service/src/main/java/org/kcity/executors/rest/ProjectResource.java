package org.kcity.executors.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.executors.domain.AppointmentMethod;
import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.ProjectStatus;
import org.kcity.executors.domain.Track;
import org.kcity.executors.service.ProjectFilter;
import org.kcity.executors.service.ProjectQueries;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.Identifiers;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
@RolesAllowed({ Roles.PROGRAM_OFFICER, Roles.OVERSEAS_OFFICIAL })
public class ProjectResource {

    private final ProjectQueries projects;

    ProjectResource(ProjectQueries projects) {
        this.projects = projects;
    }

    public record ProjectView(String id, String callId, int year, Track track, String siteCountry, String title,
            String applicantOrganizationId, String applicantName, ProjectStatus status, UUID tenderId,
            String executorOrganizationId, String executorName, Long contractAmount, AppointmentMethod appointmentMethod,
            OffsetDateTime appointedAt, LocalDate startDate, OffsetDateTime commencedAt, OffsetDateTime cancelledAt,
            String cancellationReason) {

        static ProjectView of(ProjectQueries.ProjectWithTender found) {
            Project p = found.project();
            return new ProjectView(p.id, p.callId, p.callYear, p.track, p.siteCountry, p.title, p.applicantOrganizationId,
                    p.applicantName, p.status, found.tender().map(tender -> tender.id).orElse(null), p.executorOrganizationId,
                    p.executorName, p.contractAmount, p.appointmentMethod, p.appointedAt, p.startDate, p.commencedAt,
                    p.cancelledAt, p.cancellationReason);
        }
    }

    @GET
    @Operation(operationId = "listProjects", summary = "Projects: officers see all, overseas officials those in their own country; in the order they were "
            + "selected, of a call, track or status")
    public Page<ProjectView> list(@QueryParam("callId") @Size(max = 36) String callId, @QueryParam("track") Track track,
            @QueryParam("status") ProjectStatus status, @BeanParam @Valid PageRequest.Small paging) {
        return projects.list(new ProjectFilter(callId, track, status), paging).map(ProjectView::of);
    }

    @GET
    @Path("/{projectId}")
    @Operation(operationId = "getProject", summary = "A project with its tender, executor and start")
    public ProjectView get(@PathParam("projectId") @Size(max = Identifiers.MAX_LENGTH) String projectId) {
        return ProjectView.of(projects.find(projectId));
    }
}
