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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.platform.openapi.Examples;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.Identifiers;
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

    public record AssignRequest(
            @Schema(example = Examples.EVALUATOR) @NotBlank @Size(max = 120) String evaluatorId) {
    }

    /** @param suspendedAt when a conflict of interest found after the assignment suspended it; null while active */
    public record AssignmentView(
            @Schema(example = Examples.APPLICATION_ID) String applicationId,
            @Schema(example = Examples.CALL_ID) String callId,
            @Schema(example = Examples.EVALUATOR) String evaluatorId,
            @Schema(example = "officer-park") String assignedBy,
            @Schema(example = "2027-05-10T10:00:00+09:00") OffsetDateTime assignedAt,
            @Schema(example = "2027-05-12T09:00:00+09:00") OffsetDateTime suspendedAt,
            @Schema(example = "The evaluator declared a conflict with VN") String suspensionReason) {
        static AssignmentView of(Assignment assignment) {
            return new AssignmentView(assignment.applicationId, assignment.callId, assignment.evaluatorId, assignment.assignedBy,
                    assignment.assignedAt, assignment.suspendedAt, assignment.suspensionReason);
        }
    }

    public record TrackAssignmentView(
            @Schema(example = Examples.CALL_ID) String callId,
            @Schema(example = "SOLUTION_PLANNING") Track track,
            @Schema(example = Examples.EVALUATOR) String evaluatorId,
            @Schema(example = "12") int newlyAssigned,
            List<AssignmentView> assignments) {
    }

    /**
     * @param expectedSubmissions applications intake counted as submitted when the call closed (null while open)
     * @param receivedSubmissions applications whose submission reached selection; publication waits until it is no
     *                            less than {@code expectedSubmissions}
     */
    public record CallProgressView(
            @Schema(example = Examples.CALL_ID) String callId,
            @Schema(example = "true") boolean closed,
            @Schema(example = "115") Long expectedSubmissions,
            @Schema(example = "115") long receivedSubmissions,
            List<ProgressView> applications) {
        static CallProgressView of(AssignmentService.CallProgress progress) {
            return new CallProgressView(progress.call().id, progress.call().isClosed(), progress.call().expectedSubmissions,
                    progress.receivedSubmissions(), progress.applications().stream().map(ProgressView::of).toList());
        }
    }

    /**
     * @param assigned  evaluators who may score the application (suspended assignments left out)
     * @param filed     sheets that count: those of the evaluators assigned
     * @param suspended assignments suspended by a conflict of interest found after them
     */
    public record ProgressView(
            @Schema(example = Examples.APPLICATION_ID) String applicationId,
            @Schema(example = "SOLUTION_PLANNING") Track track,
            @Schema(example = "VN") String siteCountry,
            @Schema(example = "SCREENED_IN") CandidateStatus status,
            @Schema(example = "3") long assigned,
            @Schema(example = "2") long filed,
            @Schema(example = "3") int needed,
            @Schema(example = "false") boolean complete,
            List<SuspensionView> suspended) {
        static ProgressView of(AssignmentService.Progress progress) {
            long filed = progress.filed();
            return new ProgressView(progress.candidate().applicationId, progress.candidate().track, progress.candidate().siteCountry,
                    progress.candidate().status, progress.active().size(), filed, progress.needed(), filed >= progress.needed(),
                    progress.suspended().stream().map(assignment -> SuspensionView.of(assignment, progress.hasSheet(assignment))).toList());
        }
    }

    /** @param sheetFiled whether the evaluator had filed a sheet, which no longer counts */
    public record SuspensionView(
            @Schema(example = "evaluator-choi") String evaluatorId,
            @Schema(example = "2027-05-12T09:00:00+09:00") OffsetDateTime suspendedAt,
            @Schema(example = "The evaluator declared a conflict with VN") String reason,
            @Schema(example = "false") boolean sheetFiled) {
        static SuspensionView of(Assignment assignment, boolean sheetFiled) {
            return new SuspensionView(assignment.evaluatorId, assignment.suspendedAt, assignment.suspensionReason, sheetFiled);
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
    @Operation(operationId = "assignEvaluator", summary = "Assign an evaluator to an application (409 when it declared a conflict with it); repeating it changes nothing",
            description = "Program officers only. Assigns an evaluator to one application, unless the evaluator declared a conflict with its country or organization or belongs to the applicant.")
    @APIResponse(responseCode = "201", description = "Assigned",
            headers = {
                    @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "200", description = "Already assigned: the existing assignment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentView.class)))
    public Response assign(@PathParam("applicationId") @Size(max = Identifiers.MAX_LENGTH) String applicationId, @Valid @NotNull AssignRequest request) {
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
    @Operation(operationId = "listApplicationEvaluators", summary = "The evaluators assigned to an application",
            description = "Program officers only. Lists the evaluators assigned to an application, suspended assignments included.")
    public List<AssignmentView> assigned(@PathParam("applicationId") @Size(max = Identifiers.MAX_LENGTH) String applicationId) {
        return assignments.ofApplication(applicationId).stream().map(AssignmentView::of).toList();
    }

    @GET
    @Path("/applications/{applicationId}/evaluators/{evaluatorId}")
    @Operation(operationId = "getApplicationEvaluator", summary = "One assignment",
            description = "Program officers only. Reads one evaluator's assignment to an application, and whether a later conflict suspended it.")
    public AssignmentView assignment(@PathParam("applicationId") @Size(max = Identifiers.MAX_LENGTH) String applicationId, @PathParam("evaluatorId") @Size(max = Identifiers.MAX_LENGTH) String evaluatorId) {
        return assignments.ofApplication(applicationId).stream().filter(a -> a.evaluatorId.equals(evaluatorId)).findFirst()
                .map(AssignmentView::of)
                .orElseThrow(() -> ApiProblem.notFound("Assignment of evaluator " + evaluatorId + " to application", applicationId));
    }

    @DELETE
    @Path("/applications/{applicationId}/evaluators/{evaluatorId}")
    @Operation(operationId = "unassignEvaluator", summary = "Unassign an evaluator, suspended or not, with its sheet (409 RESULT_PUBLISHED once the result is out)",
            description = "Program officers only. Removes an evaluator's assignment and its sheet until the result is published.")
    public void unassign(@PathParam("applicationId") @Size(max = Identifiers.MAX_LENGTH) String applicationId, @PathParam("evaluatorId") @Size(max = Identifiers.MAX_LENGTH) String evaluatorId) {
        assignments.unassign(applicationId, evaluatorId);
    }

    @POST
    @Path("/calls/{callId}/tracks/{track}/evaluators")
    @Operation(operationId = "assignEvaluatorToTrack", summary = "Assign an evaluator to every application of a track still in competition; all or nothing on conflicts",
            description = "Program officers only. Assigns one evaluator to every application of a track still in competition, or to none when any of them conflicts.")
    public TrackAssignmentView assignTrack(@PathParam("callId") @Size(max = Identifiers.MAX_LENGTH) String callId, @PathParam("track") Track track,
            @Valid @NotNull AssignRequest request) {
        List<AssignmentService.Assigned> assigned = assignments.assignTrack(callId, track, request.evaluatorId(), caller.subject());
        return new TrackAssignmentView(callId, track, request.evaluatorId(),
                (int) assigned.stream().filter(AssignmentService.Assigned::created).count(),
                assigned.stream().map(a -> AssignmentView.of(a.assignment())).toList());
    }

    @GET
    @Path("/calls/{callId}/progress")
    @Operation(operationId = "getCallProgress", summary = "Progress of a call: submissions received against those intake counted at the close, and per"
            + " application (paged), sheets filed against sheets needed and the assignments suspended by a conflict of interest",
            description = "Program officers only. Shows how far the evaluation of a call has come: submissions received, and per application the sheets filed against those needed.")
    public CallProgressView progress(@PathParam("callId") @Size(max = Identifiers.MAX_LENGTH) String callId,
            @BeanParam @Valid PageRequest.Medium paging) {
        return CallProgressView.of(assignments.progress(callId, paging));
    }
}
