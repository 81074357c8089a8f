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
import org.kcity.platform.openapi.Examples;
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
            summary = "The events this service dead-lettered, oldest first: held ones only unless all=true (replayed and discarded too)",
            description = "Operators only. Lists the events this service could never apply, with the error that stopped each, so they can be fixed and replayed or discarded.")
    public Page<DeadLetterView> list(@QueryParam("all") @DefaultValue("false") boolean all,
            @BeanParam @Valid PageRequest.Medium paging) {
        return deadLetters.list(!all, paging).map(DeadLetterView::of);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayDeadLetter",
            summary = "Applies a held dead letter again through the idempotent inbox: 422 with the error if it still fails",
            description = "Operators only, after a fix. Applies the held event again exactly as the consumer would; applying it twice is impossible, the inbox remembers it.")
    @APIResponse(responseCode = "200", description = "Applied: the letter, now replayed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "503", description = "The database or the broker is unreachable: replay again later")
    public DeadLetterView replay(@PathParam("id") @Positive long id) {
        return DeadLetterView.of(deadLetters.replay(id));
    }

    @POST
    @Path("/{id}/discard")
    @Operation(operationId = "discardDeadLetter",
            summary = "Sets aside a held dead letter that must never be applied; it stays on record as discarded by the caller",
            description = "Operators only. Sets aside a held event that must never be applied (garbage, a test event); it stays on record with who discarded it.")
    public DeadLetterView discard(@PathParam("id") @Positive long id) {
        return DeadLetterView.of(deadLetters.discard(id, caller.subject()));
    }

    @POST
    @Path("/replay")
    @Operation(operationId = "replayAllDeadLetters",
            summary = "Applies every held dead letter again, oldest first; lists the ones replayed and the ones still failing",
            description = "Operators only, after a fix. Replays every held event in the order they were dead-lettered and reports which were applied and which still fail.")
    @APIResponse(responseCode = "200", description = "The letters replayed and those still failing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetters.ReplaySummary.class)))
    @APIResponse(responseCode = "503", description = "The database or the broker is unreachable: replay again later")
    public DeadLetters.ReplaySummary replayAll() {
        return deadLetters.replayAll();
    }

    public record DeadLetterView(
            @Schema(example = "42") long id,
            @Schema(example = "c4a1f0d2-7e3b-4b9a-8f61-0a5d2e7c9b13") String eventId,
            @Schema(example = "kcity.application.screened.v1") String type,
            @Schema(example = Examples.APPLICATION_ID) String subject,
            @Schema(example = "kcity.applications") String topic,
            @Schema(example = "1") int partition,
            @Schema(example = "1874") long offset,
            @Schema(example = "RESULT_PUBLISHED: the result of call 7f3c2a9e-1b4d-4c8e-a5f6-0d2e9b8c7a61 is published; withdraw the application instead") String error,
            @Schema(example = "3") int attempts,
            @Schema(example = "2027-06-15T15:00:02+09:00") OffsetDateTime firstAttemptAt,
            @Schema(example = "2027-06-15T15:00:05+09:00") OffsetDateTime lastAttemptAt,
            @Schema(example = "2027-06-16T10:30:00+09:00") OffsetDateTime replayedAt,
            @Schema(example = "2027-06-16T10:30:00+09:00") OffsetDateTime discardedAt,
            @Schema(example = "operator-lee") String discardedBy) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(letter.id, letter.eventId, letter.type, letter.subject, letter.topic, letter.partition,
                    letter.offset, letter.error, letter.attempts, letter.firstAttemptAt, letter.lastAttemptAt,
                    letter.replayedAt, letter.discardedAt, letter.discardedBy);
        }
    }
}
