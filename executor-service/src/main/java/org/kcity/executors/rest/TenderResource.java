package org.kcity.executors.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.executors.domain.TenderStatus;
import org.kcity.executors.domain.Track;
import org.kcity.executors.service.TenderFilter;
import org.kcity.executors.service.TenderService;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

@Path("/api/v1/tenders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
public class TenderResource {

    private final TenderService tenders;

    TenderResource(TenderService tenders) {
        this.tenders = tenders;
    }

    @GET
    @RolesAllowed({ Roles.PROGRAM_OFFICER, Roles.OVERSEAS_OFFICIAL, Roles.EVALUATOR, Roles.BIDDER })
    @Operation(operationId = "listTenders", summary = "Tenders the caller may see: officers all, overseas officials their country's, committee members "
            + "theirs, bidders open and awarded ones; oldest first, of a call, project, track or status",
            description = "Program officers, overseas officials, committee members and bidders; each sees only the tenders its role allows. One page at a time.")
    public Page<TenderViews.TenderView> list(@QueryParam("callId") @Size(max = 36) String callId,
            @QueryParam("projectId") @Size(max = 36) String projectId, @QueryParam("track") Track track,
            @QueryParam("status") TenderStatus status, @BeanParam @Valid PageRequest.Small paging) {
        return tenders.list(new TenderFilter(callId, projectId, track, status), paging).map(TenderViews.TenderView::of);
    }

    @GET
    @Path("/{tenderId}")
    @RolesAllowed({ Roles.PROGRAM_OFFICER, Roles.OVERSEAS_OFFICIAL, Roles.EVALUATOR, Roles.BIDDER })
    @Operation(operationId = "getTender", summary = "A tender with its rounds",
            description = "Program officers, overseas officials of the host country, committee members and bidders (open and awarded tenders). Reads a tender with its rounds.")
    public TenderViews.TenderView get(@PathParam("tenderId") UUID tenderId) {
        return TenderViews.TenderView.of(tenders.find(tenderId));
    }

    @POST
    @Path("/{tenderId}/open")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "openTender", summary = "Sets the scope agreed with the host government and the bid deadline, and opens the draft tender",
            description = "Program officers only. Opens a planning project's draft tender to Korean bidders, with the scope agreed with the host government and a bid deadline.")
    public TenderViews.TenderView open(@PathParam("tenderId") UUID tenderId, @Valid @NotNull TenderRequests.OpenTender request) {
        return TenderViews.TenderView.of(tenders.open(tenderId, request.scope(), request.bidDeadline()));
    }

    @POST
    @Path("/{tenderId}/reopen")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "reopenTender", summary = "Re-opens a tender that received no bid by its deadline, with a new deadline (next round)",
            description = "Program officers only. Starts a new round with a new deadline when no valid bid arrived by the last one.")
    public TenderViews.TenderView reopen(@PathParam("tenderId") UUID tenderId,
            @Valid @NotNull TenderRequests.ReopenTender request) {
        return TenderViews.TenderView.of(tenders.reopen(tenderId, request.bidDeadline()));
    }

    @GET
    @Path("/{tenderId}/score-table")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "getTenderScoreTable", summary = "Every member's technical scores, price scores and totals of every bid, best first; sealed until "
            + "the deadline (409 BIDDING_STILL_OPEN)",
            description = "Program officers only, after the bid deadline. Reads every bid's technical scores, price score and total, best first.")
    @APIResponse(responseCode = "200", description = "The score table",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TenderViews.ScoreTableView.class)))
    @APIResponse(responseCode = "409", description = "Sealed: bidding is still open (BIDDING_STILL_OPEN)")
    public TenderViews.ScoreTableView scoreTable(@PathParam("tenderId") UUID tenderId) {
        return TenderViews.ScoreTableView.of(tenders.scoreTable(tenderId));
    }

    @POST
    @Path("/{tenderId}/award")
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "awardTender", summary = "Awards the best bid and appoints its bidder as the project's executor; needs every member's score "
            + "and, on every bid, a score of the host country's official verified by its token (409 SCORE_MISSING, "
            + "HOST_OFFICIAL_SCORE_MISSING)",
            description = "Program officers only. Awards the tender to the best bid, which appoints its bidder as the project's executor and schedules the project's start.")
    public TenderViews.AwardView award(@PathParam("tenderId") UUID tenderId) {
        return TenderViews.AwardView.of(tenders.award(tenderId));
    }
}
