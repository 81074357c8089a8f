package org.kcity.selection.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.PageRequest;
import org.kcity.selection.domain.Assignment;
import org.kcity.selection.domain.CandidateStatus;
import org.kcity.selection.domain.Track;
import org.kcity.selection.service.AssignmentService;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluator assignment")
@RolesAllowed(Roles.PROGRAM_OFFICER)
public class AssignmentResource {

    public record AssignRequest(@NotBlank @Size(max = 120) String evaluatorId) {
    }

    public record AssignmentView(String applicationId, String callId, String evaluatorId, String assignedBy, OffsetDateTime assignedAt) {
        static AssignmentView of(Assignment assignment) {
            return new AssignmentView(assignment.applicationId, assignment.callId, assignment.evaluatorId, assignment.assignedBy,
                    assignment.assignedAt);
        }
    }

    public record TrackAssignmentView(String callId, Track track, String evaluatorId, int newlyAssigned, List<AssignmentView> assignments) {
    }

    public record ProgressView(String applicationId, Track track, String siteCountry, CandidateStatus status, long assigned,
            long filed, int needed, boolean complete) {
        static ProgressView of(AssignmentService.Progress progress) {
            return new ProgressView(progress.candidate().applicationId, progress.candidate().track, progress.candidate().siteCountry,
                    progress.candidate().status, progress.assigned(), progress.filed(), progress.needed(),
                    progress.filed() >= progress.needed());
        }
    }

    private final AssignmentService assignments;
    private final Caller caller;

    AssignmentResource(AssignmentService assignments, Caller caller) {
        this.assignments = assignments;
        this.caller = caller;
    }

    @POST
    @Path("/applications/{applicationId}/evaluators")
    @Operation(summary = "Assign an evaluator to an application (409 when it declared a conflict with it); repeating it changes nothing")
    public Response assign(@PathParam("applicationId") String applicationId, @Valid @NotNull AssignRequest request) {
        AssignmentService.Assigned assigned = assignments.assign(applicationId, request.evaluatorId(), caller.subject());
        if (!assigned.created()) {
            return Response.ok(AssignmentView.of(assigned.assignment())).build();
        }
        URI location = UriBuilder.fromPath("/api/v1/applications/{applicationId}/evaluators/{evaluatorId}")
                .build(applicationId, request.evaluatorId());
        return Response.created(location).entity(AssignmentView.of(assigned.assignment())).build();
    }

    @GET
    @Path("/applications/{applicationId}/evaluators")
    @Operation(summary = "The evaluators assigned to an application")
    public List<AssignmentView> assigned(@PathParam("applicationId") String applicationId) {
        return assignments.ofApplication(applicationId).stream().map(AssignmentView::of).toList();
    }

    @GET
    @Path("/applications/{applicationId}/evaluators/{evaluatorId}")
    @Operation(summary = "One assignment")
    public AssignmentView assignment(@PathParam("applicationId") String applicationId, @PathParam("evaluatorId") String evaluatorId) {
        return assignments.ofApplication(applicationId).stream().filter(a -> a.evaluatorId.equals(evaluatorId)).findFirst()
                .map(AssignmentView::of)
                .orElseThrow(() -> ApiProblem.notFound("Assignment of evaluator " + evaluatorId + " to application", applicationId));
    }

    @POST
    @Path("/calls/{callId}/tracks/{track}/evaluators")
    @Operation(summary = "Assign an evaluator to every application of a track still in competition; all or nothing on conflicts")
    public TrackAssignmentView assignTrack(@PathParam("callId") String callId, @PathParam("track") Track track,
            @Valid @NotNull AssignRequest request) {
        List<AssignmentService.Assigned> assigned = assignments.assignTrack(callId, track, request.evaluatorId(), caller.subject());
        return new TrackAssignmentView(callId, track, request.evaluatorId(),
                (int) assigned.stream().filter(AssignmentService.Assigned::created).count(),
                assigned.stream().map(a -> AssignmentView.of(a.assignment())).toList());
    }

    @GET
    @Path("/calls/{callId}/progress")
    @Operation(summary = "Evaluation progress of a call: per application, sheets filed against sheets needed")
    public List<ProgressView> progress(@PathParam("callId") String callId,
            @BeanParam @Valid PageRequest.Medium paging) {
        return assignments.progress(callId, paging).stream().map(ProgressView::of).toList();
    }
}
