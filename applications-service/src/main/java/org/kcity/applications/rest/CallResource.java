package org.kcity.applications.rest;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.kcity.applications.domain.ApplicationStatus;
import org.kcity.applications.domain.Call;
import org.kcity.applications.domain.CallDefinition;
import org.kcity.applications.domain.CallStatistics;
import org.kcity.applications.domain.CallStatus;
import org.kcity.applications.domain.Track;
import org.kcity.applications.service.ApplicationService;
import org.kcity.applications.service.CallService;
import org.kcity.platform.web.Identifiers;
import org.kcity.platform.web.Page;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.ETags;
import org.kcity.platform.web.PageRequest;

@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calls")
public class CallResource {

    private static final Set<CallStatus> PUBLIC_STATUSES = EnumSet.of(CallStatus.OPEN, CallStatus.CLOSED);

    private final CallService calls;
    private final ApplicationService applications;
    private final Caller caller;

    CallResource(CallService calls, ApplicationService applications, Caller caller) {
        this.calls = calls;
        this.applications = applications;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "createCall", summary = "Create a draft call; an inconsistent configuration is a 422 naming every fault",
            description = "Program officers only. Creates a call in the DRAFT state with its tracks, criteria, window, envelope and passing score; nothing is public until it opens.")
    @APIResponse(responseCode = "201", description = "Created: the new draft call",
            headers = {
                    @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    public Response create(@Valid @NotNull CallDefinition definition) {
        Call call = calls.create(definition);
        return Response.created(URI.create("/api/v1/calls/" + call.id)).tag(ETags.of(call.version))
                .entity(CallView.of(call)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCalls", summary = "List calls: open and closed ones for everyone, drafts too for program officers",
            description = "Anyone, without a token, reads the open and closed calls; a program officer's token also lists the drafts. One page at a time, filtered by year and status.")
    public Page<CallView> list(@QueryParam("status") CallStatus status,
            @QueryParam("year") @Min(2000) @Max(2999) Integer year,
            @BeanParam @Valid PageRequest.Small paging) {
        Set<CallStatus> visible = isOfficer() ? EnumSet.allOf(CallStatus.class) : EnumSet.copyOf(PUBLIC_STATUSES);
        if (status != null) {
            visible.retainAll(Set.of(status));
        }
        return calls.list(visible, year, paging).map(CallView::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getCall", summary = "Read a call (public once open); the ETag is its version",
            description = "Anyone, without a token, reads an open or closed call; drafts are for program officers only. A program officer sends the ETag back as If-Match to change the call.")
    @APIResponse(responseCode = "200", description = "The call",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    public Response read(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id) {
        Call call = calls.findVisible(id, isOfficer());
        return Response.ok(CallView.of(call)).tag(ETags.of(call.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "updateCall", summary = "Replace a draft call's configuration (If-Match required)",
            description = "Program officers only. Replaces the whole configuration of a call that is still a draft; an opened call can no longer change (409).")
    @APIResponse(responseCode = "200", description = "The changed draft call",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    public Response update(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH_LENGTH) String ifMatch,
            @Valid @NotNull CallDefinition definition) {
        Call call = calls.update(id, ifMatch, definition);
        return Response.ok(CallView.of(call)).tag(ETags.of(call.version)).build();
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "openCall", summary = "Open a draft call; emits CallOpened with its configuration",
            description = "Program officers only. Opens a draft call to applications; selection-service and budget-service learn its tracks, criteria and envelope from the CallOpened event.")
    @APIResponse(responseCode = "200", description = "The opened call",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    public Response open(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id) {
        Call call = calls.open(id);
        return Response.ok(CallView.of(call)).tag(ETags.of(call.version)).build();
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "closeCall", summary = "Close an open call before its window ends; emits CallClosed with the statistics",
            description = "Program officers only. Closes an open call before its scheduled end (the schedule closes it otherwise); submissions stop and selection-service learns how many to expect.")
    @APIResponse(responseCode = "200", description = "The closed call",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    public Response close(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id) {
        Call call = calls.close(id);
        return Response.ok(CallView.of(call)).tag(ETags.of(call.version)).build();
    }

    @GET
    @Path("/{id}/statistics")
    @PermitAll
    @Operation(operationId = "getCallStatistics", summary = "Entries and countries per track, region and status: public once the call is closed, officers anytime",
            description = "Anyone once the call is closed; program officers at any time. The intake figures a press release quotes: entries and countries, per track, region and status.")
    public CallStatistics statistics(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id) {
        boolean officer = isOfficer();
        Call call = calls.findVisible(id, officer);
        if (!officer && call.status != CallStatus.CLOSED) {
            throw ApiProblem.forbidden("The statistics of a call are public once it is closed");
        }
        return calls.statistics(call);
    }

    @GET
    @Path("/{id}/applications")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "listCallApplications", summary = "The submitted applications of a call, filtered by track, status and site country",
            description = "Program officers only. Lists a call's submitted applications, one page at a time, for screening and follow-up.")
    public Page<ApplicationView> applications(@PathParam("id") @Size(max = Identifiers.MAX_LENGTH) String id,
            @QueryParam("track") Track track,
            @QueryParam("status") ApplicationStatus status,
            @QueryParam("country") @Size(min = 2, max = 2) @Pattern(regexp = "[A-Z]{2}") String country,
            @BeanParam @Valid PageRequest.Small paging) {
        calls.find(id);
        return applications.listOfCall(id, track, status, country, paging).map(ApplicationView::of);
    }

    private boolean isOfficer() {
        return caller.isAuthenticated() && caller.hasRole(Roles.PROGRAM_OFFICER);
    }
}
