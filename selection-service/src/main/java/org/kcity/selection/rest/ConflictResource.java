package org.kcity.selection.rest;

import java.time.OffsetDateTime;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import org.kcity.selection.domain.EvaluatorDeclaration;
import org.kcity.selection.service.ConflictService;
import org.kcity.selection.service.Evaluator;

@Path("/api/v1/evaluators/me/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conflicts of interest")
@RolesAllowed(Roles.EVALUATOR)
public class ConflictResource {

    public record DeclareConflictsRequest(
            @Schema(example = "[\"VN\"]") @NotNull @Size(max = 250) Set<@NotNull @Size(min = 2, max = 2) @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code") String> countries,
            @Schema(example = "[\"gov-vn-hue\"]") @NotNull @Size(max = 250) Set<@NotBlank @Size(max = 300) String> organizations) {
    }

    /** @param organizationId the caller's own organization as its token names it: a conflict without declaring it */
    public record DeclarationView(
            @Schema(example = Examples.EVALUATOR) String evaluatorId,
            @Schema(example = "kr-kaist") String organizationId,
            @Schema(example = "[\"VN\"]") Set<String> countries,
            @Schema(example = "[\"gov-vn-hue\"]") Set<String> organizations,
            @Schema(example = "2027-05-08T13:00:00+09:00") OffsetDateTime declaredAt) {
        static DeclarationView of(EvaluatorDeclaration declaration) {
            return new DeclarationView(declaration.evaluatorId, declaration.organizationId, Set.copyOf(declaration.countries),
                    Set.copyOf(declaration.organizations), declaration.declaredAt);
        }
    }

    private final ConflictService conflicts;
    private final Caller caller;

    ConflictResource(ConflictService conflicts, Caller caller) {
        this.conflicts = conflicts;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getOwnConflicts", summary = "The conflicts of interest the calling evaluator declared",
            description = "Evaluators only. Reads the countries and organizations the caller declared a conflict of interest with.")
    @APIResponse(responseCode = "200", description = "The caller's declaration",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    public Response read() {
        EvaluatorDeclaration declaration = conflicts.of(Evaluator.calling(caller))
                .orElseThrow(() -> ApiProblem.notFound("Conflict declaration of evaluator", caller.subject()));
        return Response.ok(DeclarationView.of(declaration)).tag(ETags.of(declaration.version)).build();
    }

    @PUT
    @Operation(operationId = "declareOwnConflicts", summary = "Declare (or re-declare, with If-Match) the countries and organizations the caller must not evaluate;"
            + " its assignments that now conflict are suspended, in calls whose result is not published yet",
            description = "Evaluators only. Declares the countries and organizations the caller must not evaluate; assignments that now conflict are suspended and their sheets stop counting.")
    @APIResponse(responseCode = "200", description = "The caller's declaration as it now stands",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class)))
    public Response declare(@Valid @NotNull DeclareConflictsRequest request, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH_LENGTH) String ifMatch) {
        EvaluatorDeclaration declaration = conflicts.declare(Evaluator.calling(caller), request.countries(), request.organizations(),
                ifMatch);
        return Response.ok(DeclarationView.of(declaration)).tag(ETags.of(declaration.version)).build();
    }
}
