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
            + "given, else the latest entries (of one targetType if given)")
    public Page<AuditView> read(@QueryParam("targetType") @Size(max = Identifiers.MAX_LENGTH) String targetType, @QueryParam("targetId") @Size(max = Identifiers.MAX_LENGTH) String targetId,
            @BeanParam @Valid PageRequest.Medium paging) {
        Page<AuditEntry> entries = targetType != null && targetId != null
                ? trail.of(targetType, targetId, paging)
                : trail.latest(targetType, paging);
        return entries.map(AuditView::of);
    }

    public record AuditView(OffsetDateTime occurredAt, String actor, String action, String targetType, String targetId,
            @Schema(type = SchemaType.OBJECT, description = "What the action recorded; its shape depends on the action")
            @JsonRawValue String details) {
        static AuditView of(AuditEntry entry) {
            return new AuditView(entry.occurredAt, entry.actor, entry.action, entry.targetType, entry.targetId, entry.details);
        }
    }
}
