package org.kcity.selection.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kcity.platform.openapi.Examples;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.Identifiers;
import org.kcity.platform.web.PageRequest;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.CandidateStatus;
import org.kcity.selection.domain.Outcome;
import org.kcity.selection.domain.Placement;
import org.kcity.selection.domain.PlacementReason;
import org.kcity.selection.domain.Track;
import org.kcity.selection.service.RankingPreview;
import org.kcity.selection.service.RankingService;

@Path("/api/v1/calls/{callId}/ranking")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ranking")
@RolesAllowed(Roles.PROGRAM_OFFICER)
public class RankingResource {

    public record RankingView(
            @Schema(example = Examples.CALL_ID) String callId,
            @Schema(example = "70") BigDecimal passingScore,
            @Schema(example = "3") int evaluationsNeeded,
            @Schema(example = "true") boolean onePerCountry,
            @Schema(example = "true") boolean closed,
            @Schema(example = "true") boolean published,
            List<TrackRankingView> tracks) {
    }

    /** One track: its counts, and a page of its applications (rankable in walk order, then those out). */
    public record TrackRankingView(
            @Schema(example = "SOLUTION_PLANNING") Track track,
            @Schema(example = "4") int quota,
            @Schema(example = "4") long selected,
            @Schema(example = "9") long reserve,
            @Schema(example = "33") long out,
            List<RankedView> applications) {
    }

    public record RankedView(
            @Schema(example = "e7a9c1b3-5d7f-4a1c-8e3b-6f9d2a4c7e15") String applicationId,
            @Schema(example = "Smart water supply plan for Siem Reap") String title,
            @Schema(example = "KH") String siteCountry,
            @Schema(example = "Siem Reap Provincial Administration") String applicant,
            @Schema(example = "2027-04-02T15:40:00+09:00") OffsetDateTime submittedAt,
            @Schema(example = "SCREENED_IN") CandidateStatus status,
            @Schema(example = "3") int sheets,
            @Schema(example = "78.90") String score,
            @Schema(example = "5") Integer rank,
            @Schema(example = "RESERVE") Outcome outcome,
            @Schema(example = "QUOTA_FULL") PlacementReason reason,
            @Schema(example = "1") Integer reservePosition) {
        static RankedView of(Placement placement, Candidate candidate) {
            return new RankedView(candidate.applicationId, candidate.title, candidate.siteCountry, candidate.applicantName,
                    candidate.submittedAt, candidate.status, placement.entry().score().sheets(), placement.entry().score().display(),
                    placement.rank(), placement.outcome(), placement.reason(), placement.reservePosition());
        }
    }

    private final RankingService ranking;

    RankingResource(RankingService ranking) {
        this.ranking = ranking;
    }

    @GET
    @Operation(operationId = "previewRanking", summary = "Preview the ranking as of now: per track score, rank, and selected / reserve / out with the reason",
            description = "Program officers only. Ranks the call's applications as the result would be published now, without publishing anything.")
    public RankingView preview(@PathParam("callId") @Size(max = Identifiers.MAX_LENGTH) String callId,
            @BeanParam @Valid PageRequest.Large paging) {
        RankingPreview preview = ranking.preview(callId);
        List<TrackRankingView> tracks = preview.call().tracks.stream().map(setting -> {
            List<Placement> inTrack = preview.ranking().inTrack(setting.track);
            return new TrackRankingView(setting.track, setting.quota, count(inTrack, Outcome.SELECTED), count(inTrack, Outcome.RESERVE),
                    count(inTrack, Outcome.OUT), inTrack.stream().skip(paging.offset()).limit(paging.size())
                            .map(placement -> RankedView.of(placement, preview.candidate(placement.entry().applicationId())))
                            .toList());
        }).toList();
        return new RankingView(callId, preview.call().passingScore, preview.call().evaluationsPerApplication,
                preview.call().onePerCountry, preview.call().isClosed(), preview.call().isPublished(), tracks);
    }

    private static long count(List<Placement> placements, Outcome outcome) {
        return placements.stream().filter(p -> p.outcome() == outcome).count();
    }
}
