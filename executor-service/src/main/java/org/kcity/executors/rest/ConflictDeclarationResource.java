package org.kcity.executors.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.executors.domain.ConflictDeclaration;
import org.kcity.executors.service.ConflictService;
import org.kcity.platform.openapi.Examples;
import org.kcity.platform.security.Roles;

@Path("/api/v1/conflict-declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conflicts of interest")
@RolesAllowed({ Roles.PROGRAM_OFFICER, Roles.OVERSEAS_OFFICIAL, Roles.EVALUATOR })
public class ConflictDeclarationResource {

    private final ConflictService conflicts;

    ConflictDeclarationResource(ConflictService conflicts) {
        this.conflicts = conflicts;
    }

    public record DeclareConflict(
            @Schema(example = Examples.BIDDER_ORGANIZATION_ID) @NotBlank @Size(max = 120) String organizationId,
            @Schema(example = "I advised Hanbit Engineering on smart-city proposals in 2026") @NotBlank @Size(max = 1000) String reason) {
    }

    public record ConflictView(
            @Schema(example = "7") long id,
            @Schema(example = Examples.BIDDER_ORGANIZATION_ID) String organizationId,
            @Schema(example = "I advised Hanbit Engineering on smart-city proposals in 2026") String reason,
            @Schema(example = "2027-07-16T09:30:00+09:00") OffsetDateTime declaredAt) {
        static ConflictView of(ConflictDeclaration declaration) {
            return new ConflictView(declaration.id, declaration.organizationId, declaration.reason, declaration.declaredAt);
        }
    }

    @POST
    @Operation(operationId = "declareTenderConflict", summary = "Declares the caller's conflict of interest with an organization that may bid",
            description = "Program officers, overseas officials and evaluators. Declares the caller's conflict of interest with an organization, which keeps the caller off the committees of tenders it bids on.")
    @APIResponse(responseCode = "201", description = "Created: the declaration",
            headers = {
                    @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictView.class)))
    public Response declare(@Valid @NotNull DeclareConflict request) {
        ConflictDeclaration declaration = conflicts.declare(request.organizationId(), request.reason());
        return Response.created(URI.create("/api/v1/conflict-declarations/" + declaration.id))
                .entity(ConflictView.of(declaration)).build();
    }

    @GET
    @Path("/{declarationId}")
    @Operation(operationId = "getTenderConflictDeclaration", summary = "One of the caller's own declarations; anyone else's answers 404",
            description = "Program officers, overseas officials and evaluators. Reads one of the caller's own conflict declarations.")
    public ConflictView get(@PathParam("declarationId") @Positive long declarationId) {
        return ConflictView.of(conflicts.mine(declarationId));
    }

    @GET
    @Operation(operationId = "listOwnTenderConflictDeclarations", summary = "The caller's own declarations",
            description = "Program officers, overseas officials and evaluators. Lists the caller's own conflict declarations.")
    public List<ConflictView> mine() {
        return conflicts.mine().stream().map(ConflictView::of).toList();
    }
}
