package org.kcity.platform.problem;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kcity.platform.security.Caller;
import org.kcity.platform.web.ETags;
import org.kcity.platform.web.IdempotentRequests;
import org.kcity.platform.web.PageRequest;

/** A test-only endpoint with the shapes real services have, to prove how failures are answered. */
@Path("/test/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
public class NoteResource {

    public record NoteRequest(@NotBlank String title, @Size(max = 10) String text, @NotNull @Min(1) @Max(5) Integer priority,
            LocalDate due, @Valid Tag tag) {
    }

    public record Tag(@NotBlank String name) {
    }

    public record NoteView(String id, String title, String owner) {
    }

    public record Window(int offset, int size) {
    }

    private final IdempotentRequests idempotency;
    private final Caller caller;

    NoteResource(IdempotentRequests idempotency, Caller caller) {
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    public Response create(@Valid @NotNull NoteRequest request, @HeaderParam(IdempotentRequests.HEADER) String key) {
        String organization = caller.requireOrganization();
        return idempotency.execute(organization + ":create-note", key, request, () -> {
            String id = java.util.UUID.randomUUID().toString();
            return Response.created(URI.create("/test/notes/" + id)).entity(new NoteView(id, request.title(), organization)).build();
        });
    }

    /** Anyone may read it, as the published results of a call. */
    @GET
    @Path("/public")
    @PermitAll
    public Window publicNotes() {
        return new Window(0, 0);
    }

    @GET
    @Path("/{id}")
    public NoteView read(@PathParam("id") String id) {
        throw ApiProblem.notFound("Note", id);
    }

    @GET
    public Window list(@BeanParam @Valid PageRequest.Small paging, @QueryParam("tag") String tag) {
        return new Window(paging.offset(), paging.size());
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NoteRequest request) {
        ETags.requireCurrent(ifMatch, 3);
        return Response.ok().tag(ETags.of(4)).build();
    }

    @GET
    @Path("/crash")
    @RolesAllowed("viewer")
    public String crash() {
        throw new IllegalStateException("secret internal detail");
    }
}
