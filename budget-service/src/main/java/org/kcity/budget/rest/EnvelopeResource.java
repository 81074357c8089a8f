package org.kcity.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.budget.domain.EnvelopeFigures;
import org.kcity.budget.service.EnvelopeService;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.Identifiers;

/** The only budget figures viewers read: aggregates per call and track, no single project's budget. */
@Path("/api/v1/calls/{callId}/envelope")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Envelopes")
@RolesAllowed({ Roles.PROGRAM_OFFICER, Roles.VIEWER })
public class EnvelopeResource {

    private final EnvelopeService envelopes;

    EnvelopeResource(EnvelopeService envelopes) {
        this.envelopes = envelopes;
    }

    @GET
    @Operation(operationId = "getCallEnvelope", summary = "A call's envelope: total, committed (finalized and adjusted budgets), free, and per track",
            description = "Program officers and viewers. Shows how much of a call's envelope finalized and adjusted budgets take, in whole KRW, and what is still free.")
    public EnvelopeFigures read(@PathParam("callId") @Size(max = Identifiers.MAX_LENGTH) String callId) {
        return envelopes.figuresOf(callId);
    }
}
