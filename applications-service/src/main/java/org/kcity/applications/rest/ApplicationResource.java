package org.kcity.applications.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.kcity.applications.domain.Application;
import org.kcity.applications.domain.ApplicationDraft;
import org.kcity.applications.domain.ApplicationStatus;
import org.kcity.applications.domain.Track;
import org.kcity.applications.service.ApplicationService;
import org.kcity.platform.web.Identifiers;
import org.kcity.platform.web.Page;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.ETags;
import org.kcity.platform.web.IdempotentRequests;
import org.kcity.platform.web.PageRequest;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationResource {

    private final ApplicationService applications;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    ApplicationResource(ApplicationService applications, IdempotentRequests idempotency, Caller caller) {
        this.applications = applications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "createApplication", summary = "Create a draft application for the caller's organization (Idempotency-Key honoured)",
            description = "Applicants only. Creates a draft application for the organization named in the caller's token; resending the same Idempotency-Key returns the first answer instead of a second draft.")
    @APIResponse(responseCode = "201", description = "Created: the new draft",
            headers = {
                    @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = "true when this is the stored answer to an earlier request with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public Response create(@Valid @NotNull ApplicationDraft draft,
            @HeaderParam(IdempotentRequests.HEADER) @Size(max = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey) {
        String organization = caller.requireOrganization();
        return idempotency.execute(organization + ":create-application", idempotencyKey, draft, () -> {
            Application application = applications.create(organization, draft);
            return Response.created(URI.create("/api/v1/applications/" + application.id)).tag(ETags.of(application.version))
                    .entity(ApplicationView.of(application)).build();
        });
    }

    @GET
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "listOwnApplications", summary = "The caller's organization's applications, newest first",
            description = "Applicants only. Lists the applications of the caller's own organization, drafts included, newest first.")
    public Page<ApplicationView> listOwn(@QueryParam("callId") @Size(max = 36) String callId,
            @QueryParam("track") Track track,
            @QueryParam("status") ApplicationStatus status,
            @BeanParam @Valid PageRequest.Small paging) {
        return applications.listOwn(caller.requireOrganization(), callId, track, status, paging).map(ApplicationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.PROGRAM_OFFICER })
    @Operation(operationId = "getApplication", summary = "Read an application: applicants their own organization's, officers any submitted one",
            description = "Applicants read their own organization's applications; program officers read any submitted one. Another organization's application answers 404.")
    @APIResponse(responseCode = "200", description = "The application",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public Response read(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id) {
        Application application = caller.hasRole(Roles.PROGRAM_OFFICER) ? applications.submitted(id)
                : applications.own(caller.requireOrganization(), id);
        return answer(application);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "updateApplication", summary = "Replace a draft application's content (If-Match required)",
            description = "Applicants only, on their own organization's drafts. Replaces the whole content of the draft; a submitted application can no longer change.")
    @APIResponse(responseCode = "200", description = "The changed draft",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public Response edit(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH_LENGTH) String ifMatch,
            @Valid @NotNull ApplicationDraft draft) {
        return answer(applications.edit(caller.requireOrganization(), id, ifMatch, draft));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "submitApplication", summary = "Submit a draft: 422 lists every failed eligibility rule, 409 if the organization already has a "
            + "live application in the track (Idempotency-Key honoured)",
            description = "Applicants only, on their own organization's drafts. Checks every eligibility rule at once and, if all pass, submits the application to selection.")
    @APIResponse(responseCode = "200", description = "The submitted application",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = "true when this is the stored answer to an earlier request with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public Response submit(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id, @HeaderParam(IdempotentRequests.HEADER) @Size(max = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey) {
        String organization = caller.requireOrganization();
        return idempotency.execute(organization + ":submit-application", idempotencyKey, id,
                () -> answer(applications.submit(organization, id)));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "withdrawApplication", summary = "Withdraw an application in any state; emits ApplicationWithdrawn if it had been submitted",
            description = "Applicants only, on their own organization's applications. Withdraws the application for good; after publication a selected one's selection is revoked and a reserve may be promoted.")
    @APIResponse(responseCode = "200", description = "The withdrawn application",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public Response withdraw(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id) {
        return answer(applications.withdraw(caller.requireOrganization(), id));
    }

    @POST
    @Path("/{id}/screening")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "screenApplication", summary = "Screen a submitted application in or out (out needs a reason)",
            description = "Program officers only. Records the eligibility screening of a submitted application, in or out, until the result is published.")
    @APIResponse(responseCode = "200", description = "The screened application",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public Response screen(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id, @Valid @NotNull ScreeningDecision decision) {
        return answer(applications.screen(id, decision.outcome(), decision.reason()));
    }

    private static Response answer(Application application) {
        return Response.ok(ApplicationView.of(application)).tag(ETags.of(application.version)).build();
    }
}
