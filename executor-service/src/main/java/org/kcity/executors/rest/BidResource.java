package org.kcity.executors.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.kcity.executors.domain.Bid;
import org.kcity.executors.service.BidService;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.ETags;
import org.kcity.platform.web.IdempotentRequests;

@Path("/api/v1/tenders/{tenderId}/bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bids")
public class BidResource {

    private final BidService bids;
    private final Caller caller;
    private final IdempotentRequests idempotent;

    BidResource(BidService bids, Caller caller, IdempotentRequests idempotent) {
        this.bids = bids;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed(Roles.BIDDER)
    @Operation(operationId = "submitBid", summary = "Submits the caller's organization's one bid on an open tender, before its deadline "
            + "(a retry with the same Idempotency-Key replays the first answer)",
            description = "Bidders only. Submits the one bid of the caller's organization on an open tender before its deadline; the offer stays sealed from everyone else until then.")
    @APIResponse(responseCode = "201", description = "Created: the bid",
            headers = {
                    @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotency-Replayed", description = "true when this is the stored answer to an earlier request with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TenderViews.BidView.class)))
    public Response submit(@PathParam("tenderId") UUID tenderId, @Valid @NotNull TenderRequests.BidRequest request,
            @HeaderParam(IdempotentRequests.HEADER) @Size(max = IdempotentRequests.MAX_KEY_LENGTH) String idempotencyKey, @Context UriInfo uri) {
        String scope = caller.requireOrganization() + ":submit-bid:" + tenderId;
        return idempotent.execute(scope, idempotencyKey, request, () -> {
            Bid bid = bids.submit(tenderId, request.offer());
            return Response.created(uri.getAbsolutePathBuilder().path(bid.id.toString()).build())
                    .tag(ETags.of(bid.version)).entity(TenderViews.BidView.of(bid)).build();
        });
    }

    @PUT
    @Path("/{bidId}")
    @RolesAllowed(Roles.BIDDER)
    @Operation(operationId = "reviseBid", summary = "Revises the caller's own bid before the deadline (If-Match required)",
            description = "Bidders only, on their own bid. Replaces the bid's offer before the deadline.")
    @APIResponse(responseCode = "200", description = "The revised bid",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TenderViews.BidView.class)))
    public Response revise(@PathParam("tenderId") UUID tenderId, @PathParam("bidId") UUID bidId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ETags.MAX_IF_MATCH_LENGTH) String ifMatch, @Valid @NotNull TenderRequests.BidRequest request) {
        Bid bid = bids.revise(tenderId, bidId, ifMatch, request.offer());
        return Response.ok(TenderViews.BidView.of(bid)).tag(ETags.of(bid.version)).build();
    }

    @GET
    @RolesAllowed({ Roles.BIDDER, Roles.PROGRAM_OFFICER, Roles.OVERSEAS_OFFICIAL, Roles.EVALUATOR })
    @Operation(operationId = "listBids", summary = "Bidders: their own bid; officers and committee members: every bid once the deadline passed "
            + "(sealed until then: 409 BIDDING_STILL_OPEN)",
            description = "Bidders read their own bid at any time; program officers and committee members read every bid once the deadline passed.")
    @APIResponse(responseCode = "200", description = "The bids the caller may read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TenderViews.BidView.class)))
    @APIResponse(responseCode = "409", description = "Sealed: bidding is still open (BIDDING_STILL_OPEN)")
    public List<TenderViews.BidView> list(@PathParam("tenderId") UUID tenderId) {
        return bids.list(tenderId).stream().map(TenderViews.BidView::of).toList();
    }

    @GET
    @Path("/{bidId}")
    @RolesAllowed({ Roles.BIDDER, Roles.PROGRAM_OFFICER, Roles.OVERSEAS_OFFICIAL, Roles.EVALUATOR })
    @Operation(operationId = "getBid", summary = "One bid; another organization's bid answers 404 to a bidder; officers and committee members "
            + "read it once the deadline passed (409 BIDDING_STILL_OPEN before)",
            description = "Bidders read their own bid at any time; program officers and committee members read any bid once the deadline passed.")
    @APIResponse(responseCode = "200", description = "The bid",
            headers = {
                    @Header(name = "ETag", description = "The version, for If-Match", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TenderViews.BidView.class)))
    @APIResponse(responseCode = "409", description = "Sealed: bidding is still open (BIDDING_STILL_OPEN)")
    public Response get(@PathParam("tenderId") UUID tenderId, @PathParam("bidId") UUID bidId) {
        Bid bid = bids.find(tenderId, bidId);
        return Response.ok(TenderViews.BidView.of(bid)).tag(ETags.of(bid.version)).build();
    }

    @PUT
    @Path("/{bidId}/technical-scores/mine")
    @RolesAllowed({ Roles.PROGRAM_OFFICER, Roles.OVERSEAS_OFFICIAL, Roles.EVALUATOR })
    @Operation(operationId = "scoreBid", summary = "A committee member scores the bid's technical part (0-80) after the deadline; a member registered "
            + "as an overseas official only with an overseas-official token of its country (else 403 OFFICIAL_NOT_VERIFIED)",
            description = "Committee members only, after the deadline. Records the caller's technical score of a bid, from 0 to 80.")
    public TenderViews.ScoreView score(@PathParam("tenderId") UUID tenderId, @PathParam("bidId") UUID bidId,
            @Valid @NotNull TenderRequests.TechnicalScoreRequest request) {
        return TenderViews.ScoreView.of(bidId, bids.score(tenderId, bidId, request.score()));
    }
}
