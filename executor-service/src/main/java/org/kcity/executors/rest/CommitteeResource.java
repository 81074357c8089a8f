package org.kcity.executors.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.executors.service.CommitteeService;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.Identifiers;

@Path("/api/v1/tenders/{tenderId}/committee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Selection committees")
public class CommitteeResource {

    private final CommitteeService committees;

    CommitteeResource(CommitteeService committees) {
        this.committees = committees;
    }

    @GET
    @RolesAllowed({ Roles.PROGRAM_OFFICER, Roles.OVERSEAS_OFFICIAL, Roles.EVALUATOR })
    @Operation(operationId = "getCommittee", summary = "The committee's members and what (if anything) keeps it from scoring and awarding",
            description = "Program officers, overseas officials of the host country and committee members. Reads the evaluation committee of a tender and whether it may score.")
    public TenderViews.CommitteeView get(@PathParam("tenderId") UUID tenderId) {
        return TenderViews.CommitteeView.of(committees.of(tenderId));
    }

    @POST
    @Path("/members")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "addCommitteeMember", summary = "Adds a member; refused when the person declared a conflict with a bidder",
            description = "Program officers only. Adds an expert or the host country's official to a tender's evaluation committee.")
    @APIResponse(responseCode = "201", description = "Added: the committee with its new member",
            headers = {
                    @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TenderViews.CommitteeView.class)))
    public Response add(@PathParam("tenderId") UUID tenderId, @Valid @NotNull TenderRequests.AddMember request,
            @Context UriInfo uri) {
        CommitteeService.Committee committee = committees.addMember(tenderId, request.member());
        URI location = uri.getAbsolutePathBuilder().path(request.subject()).build();
        return Response.created(location).entity(TenderViews.CommitteeView.of(committee)).build();
    }

    @DELETE
    @Path("/members/{subject}")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "removeCommitteeMember", summary = "Removes a member, e.g. one who declared a conflict with a bidder after joining",
            description = "Program officers only, until the tender is awarded. Removes a member from the tender's evaluation committee.")
    public void remove(@PathParam("tenderId") UUID tenderId, @PathParam("subject") @Size(max = Identifiers.MAX_LENGTH) String subject) {
        committees.removeMember(tenderId, subject);
    }
}
