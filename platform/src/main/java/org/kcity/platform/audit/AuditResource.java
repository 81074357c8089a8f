package org.kcity.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.platform.openapi.Examples;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.Identifiers;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

import com.fasterxml.jackson.annotation.JsonRawValue;

@Path("/api/v1/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
@RolesAllowed(Roles.PROGRAM_OFFICER)
public class AuditResource {

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(operationId = "readAuditTrail", summary = "Who did what, when: the history of one aggregate, oldest first, when targetType and targetId are "
            + "given, else the latest entries (of one targetType if given)",
            description = "Program officers only. Reads who did what and when in this service, one page at a time, for accountability to the partner governments.")
    public Page<AuditView> read(@QueryParam("targetType") @Size(max = Identifiers.MAX_LENGTH) String targetType, @QueryParam("targetId") @Size(max = Identifiers.MAX_LENGTH) String targetId,
            @BeanParam @Valid PageRequest.Medium paging) {
        Page<AuditEntry> entries = targetType != null && targetId != null
                ? trail.of(targetType, targetId, paging)
                : trail.latest(targetType, paging);
        return entries.map(AuditView::of);
    }

    public record AuditView(
            @Schema(example = "2027-05-06T16:00:00+09:00") OffsetDateTime occurredAt,
            @Schema(example = "officer-park") String actor,
            @Schema(example = "application.screened") String action,
            @Schema(example = "application") String targetType,
            @Schema(example = Examples.APPLICATION_ID) String targetId,
            @Schema(example = "{\"outcome\": \"SCREENED_IN\", \"reason\": \"A public body of the site country, within the track's support range\"}", type = SchemaType.OBJECT, description = "What the action recorded; its shape depends on the action") @JsonRawValue String details) {
        static AuditView of(AuditEntry entry) {
            return new AuditView(entry.occurredAt, entry.actor, entry.action, entry.targetType, entry.targetId, entry.details);
        }
    }
}
