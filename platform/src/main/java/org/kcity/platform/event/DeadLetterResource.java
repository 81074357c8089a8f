package org.kcity.platform.event;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

/** The events this service could never apply, and their replay after a fix (operators only). */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.OPERATOR)
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final Caller caller;

    DeadLetterResource(DeadLetters deadLetters, Caller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDeadLetters",
            summary = "The events this service dead-lettered, oldest first: held ones only unless all=true (replayed and discarded too)")
    public Page<DeadLetterView> list(@QueryParam("all") @DefaultValue("false") boolean all,
            @BeanParam @Valid PageRequest.Medium paging) {
        return deadLetters.list(!all, paging).map(DeadLetterView::of);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayDeadLetter",
            summary = "Applies a held dead letter again through the idempotent inbox: 422 with the error if it still fails")
    @APIResponse(responseCode = "200", description = "Applied: the letter, now replayed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "503", description = "The database or the broker is unreachable: replay again later")
    public DeadLetterView replay(@PathParam("id") @Positive long id) {
        return DeadLetterView.of(deadLetters.replay(id));
    }

    @POST
    @Path("/{id}/discard")
    @Operation(operationId = "discardDeadLetter",
            summary = "Sets aside a held dead letter that must never be applied; it stays on record as discarded by the caller")
    public DeadLetterView discard(@PathParam("id") @Positive long id) {
        return DeadLetterView.of(deadLetters.discard(id, caller.subject()));
    }

    @POST
    @Path("/replay")
    @Operation(operationId = "replayAllDeadLetters",
            summary = "Applies every held dead letter again, oldest first; lists the ones replayed and the ones still failing")
    @APIResponse(responseCode = "200", description = "The letters replayed and those still failing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetters.ReplaySummary.class)))
    @APIResponse(responseCode = "503", description = "The database or the broker is unreachable: replay again later")
    public DeadLetters.ReplaySummary replayAll() {
        return deadLetters.replayAll();
    }

    public record DeadLetterView(long id, String eventId, String type, String subject, String topic, int partition,
            long offset, String error, int attempts, OffsetDateTime firstAttemptAt, OffsetDateTime lastAttemptAt,
            OffsetDateTime replayedAt, OffsetDateTime discardedAt, String discardedBy) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(letter.id, letter.eventId, letter.type, letter.subject, letter.topic, letter.partition,
                    letter.offset, letter.error, letter.attempts, letter.firstAttemptAt, letter.lastAttemptAt,
                    letter.replayedAt, letter.discardedAt, letter.discardedBy);
        }
    }
}
