package org.kcity.selection.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.kcity.platform.web.ETags;
import org.kcity.platform.web.Identifiers;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;
import org.kcity.selection.domain.ScoreSheet;
import org.kcity.selection.domain.Track;
import org.kcity.selection.service.EvaluationService;
import org.kcity.selection.service.Evaluator;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
@RolesAllowed(Roles.EVALUATOR)
public class EvaluationResource {

    /** Scores by criterion code: whole numbers 0-100, one for every criterion of the call. */
    public record ScoreSheetRequest(
            @Schema(example = "{\"RELEVANCE\": 85, \"FEASIBILITY\": 78, \"IMPACT\": 90}") @NotNull Map<@NotBlank @Size(max = 60) String, @NotNull BigDecimal> scores) {
    }

    public record CriterionView(
            @Schema(example = "RELEVANCE") String code,
            @Schema(example = "Relevance to the city's development needs") String name,
            @Schema(example = "40") int weight) {
    }

    public record SheetView(
            @Schema(example = Examples.APPLICATION_ID) String applicationId,
            @Schema(example = Examples.EVALUATOR) String evaluatorId,
            @Schema(example = "{\"RELEVANCE\": 85, \"FEASIBILITY\": 78, \"IMPACT\": 90}") Map<String, Integer> scores,
            @Schema(example = "83.80") String total,
            @Schema(example = "2027-05-24T17:30:00+09:00") OffsetDateTime filedAt,
            @Schema(example = "2027-05-27T09:10:00+09:00") OffsetDateTime correctedAt,
            @Schema(example = "false") boolean locked) {
        static SheetView of(ScoreSheet sheet, boolean locked) {
            return new SheetView(sheet.applicationId, sheet.evaluatorId, Map.copyOf(sheet.scores), sheet.total(), sheet.filedAt,
                    sheet.correctedAt, locked);
        }
    }

    public record EvaluationView(
            ApplicationView application,
            List<CriterionView> criteria,
            SheetView sheet,
            @Schema(example = "false") boolean locked) {
        static EvaluationView of(EvaluationService.Evaluation evaluation) {
            boolean locked = evaluation.call().isPublished();
            return new EvaluationView(ApplicationView.of(evaluation.candidate()),
                    evaluation.call().criteria.stream().map(c -> new CriterionView(c.code, c.name, c.weight)).toList(),
                    evaluation.sheet().map(sheet -> SheetView.of(sheet, locked)).orElse(null), locked);
        }
    }

    private final EvaluationService evaluations;
    private final Caller caller;

    EvaluationResource(EvaluationService evaluations, Caller caller) {
        this.evaluations = evaluations;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listOwnEvaluations", summary = "The applications assigned to the calling evaluator (not the suspended assignments), with its sheets;"
            + " in the order they were assigned, of a call or track",
            description = "Evaluators only. Lists the applications assigned to the caller, with the caller's sheet on each, one page at a time.")
    public Page<EvaluationView> assigned(@QueryParam("callId") @Size(max = 36) String callId,
            @QueryParam("track") Track track, @BeanParam @Valid PageRequest.Small paging) {
        return evaluations.assignedTo(evaluator(), callId, track, paging).map(EvaluationView::of);
    }

    @GET
    @Path("/{applicationId}")
    @Operation(operationId = "getEvaluation", summary = "An application assigned to the caller, all of it but the contact (others and suspended assignments"
            + " answer 404), the call's criteria and the caller's sheet",
            description = "Evaluators only, on applications assigned to them. Reads the application to evaluate, without the contact's personal data, with the call's criteria and the caller's sheet.")
    public EvaluationView read(@PathParam("applicationId") @Size(max = Identifiers.MAX_LENGTH) String applicationId) {
        return EvaluationView.of(evaluations.read(evaluator(), applicationId));
    }

    @GET
    @Path("/{applicationId}/sheet")
    @Operation(operationId = "getScoreSheet", summary = "The caller's score sheet for an application assigned to it",
            description = "Evaluators only, on applications assigned to them. Reads the caller's own score sheet.")
    @APIResponse(responseCode = "200", description = "The caller's sheet",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)))
    public Response sheet(@PathParam("applicationId") @Size(max = Identifiers.MAX_LENGTH) String applicationId) {
        EvaluationService.Evaluation evaluation = evaluations.read(evaluator(), applicationId);
        ScoreSheet sheet = evaluation.sheet()
                .orElseThrow(() -> ApiProblem.notFound("Score sheet of application", applicationId));
        return Response.ok(SheetView.of(sheet, evaluation.call().isPublished())).tag(ETags.of(sheet.version)).build();
    }

    @PUT
    @Path("/{applicationId}/sheet")
    @Operation(operationId = "fileScoreSheet", summary = "File the caller's score sheet (201), or correct it with If-Match until the result is published",
            description = "Evaluators only, on applications assigned to them. Files an integer score from 0 to 100 per criterion of the call; the sheet total weighs them by the criteria weights.")
    @APIResponse(responseCode = "201", description = "Filed: the first sheet",
            headers = {
                    @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)))
    @APIResponse(responseCode = "200", description = "Corrected: the sheet as it now stands",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)))
    public Response file(@PathParam("applicationId") @Size(max = Identifiers.MAX_LENGTH) String applicationId, @Valid @NotNull ScoreSheetRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH_LENGTH) String ifMatch) {
        EvaluationService.Filed filed = evaluations.file(evaluator(), applicationId, request.scores(), ifMatch);
        SheetView view = SheetView.of(filed.sheet(), false);
        if (filed.created()) {
            URI location = UriBuilder.fromPath("/api/v1/evaluations/{applicationId}/sheet").build(applicationId);
            return Response.created(location).entity(view).tag(ETags.of(filed.sheet().version)).build();
        }
        return Response.ok(view).tag(ETags.of(filed.sheet().version)).build();
    }

    private Evaluator evaluator() {
        return Evaluator.calling(caller);
    }
}
