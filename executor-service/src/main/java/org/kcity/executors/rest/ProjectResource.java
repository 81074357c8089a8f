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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.executors.domain.AppointmentMethod;
import org.kcity.executors.domain.Project;
import org.kcity.executors.domain.ProjectStatus;
import org.kcity.executors.domain.Track;
import org.kcity.executors.service.ProjectFilter;
import org.kcity.executors.service.ProjectQueries;
import org.kcity.platform.openapi.Examples;
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

    public record ProjectView(
            @Schema(example = Examples.PROJECT_ID) String id,
            @Schema(example = Examples.CALL_ID) String callId,
            @Schema(example = "2027") int year,
            @Schema(example = "SOLUTION_PLANNING") Track track,
            @Schema(example = "VN") String siteCountry,
            @Schema(example = Examples.TITLE) String title,
            @Schema(example = Examples.APPLICANT_ORGANIZATION_ID) String applicantOrganizationId,
            @Schema(example = Examples.APPLICANT) String applicantName,
            @Schema(example = "COMMENCED") ProjectStatus status,
            @Schema(example = Examples.TENDER_ID) UUID tenderId,
            @Schema(example = Examples.BIDDER_ORGANIZATION_ID) String executorOrganizationId,
            @Schema(example = Examples.COMPANY) String executorName,
            @Schema(example = Examples.CONTRACT_AMOUNT) Long contractAmount,
            @Schema(example = "TENDER") AppointmentMethod appointmentMethod,
            @Schema(example = "2027-07-22T14:00:00+09:00") OffsetDateTime appointedAt,
            @Schema(example = "2027-08-01") LocalDate startDate,
            @Schema(example = "2027-08-01T00:00:00+09:00") OffsetDateTime commencedAt,
            @Schema(example = "2027-09-01T10:00:00+09:00") OffsetDateTime cancelledAt,
            @Schema(example = "The selection was revoked before the project started") String cancellationReason) {

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
            + "selected, of a call, track or status",
            description = "Program officers see every project; overseas officials those in their own country. Lists the selected projects with their executor and start date, one page at a time.")
    public Page<ProjectView> list(@QueryParam("callId") @Size(max = 36) String callId, @QueryParam("track") Track track,
            @QueryParam("status") ProjectStatus status, @BeanParam @Valid PageRequest.Small paging) {
        return projects.list(new ProjectFilter(callId, track, status), paging).map(ProjectView::of);
    }

    @GET
    @Path("/{projectId}")
    @Operation(operationId = "getProject", summary = "A project with its tender, executor and start",
            description = "Program officers, and overseas officials for projects in their own country. Reads one project with its tender, executor and start date.")
    public ProjectView get(@PathParam("projectId") @Size(max = Identifiers.MAX_LENGTH) String projectId) {
        return ProjectView.of(projects.find(projectId));
    }
}
