package org.kcity.selection.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.kcity.platform.security.Caller;
import org.kcity.platform.security.Roles;
import org.kcity.platform.web.Identifiers;
import org.kcity.selection.domain.PressFigures;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.ResultAudience;
import org.kcity.selection.domain.ResultEntry;
import org.kcity.selection.domain.ResultStatus;
import org.kcity.selection.domain.Track;
import org.kcity.selection.service.PublishedResult;
import org.kcity.selection.service.ResultService;

import com.fasterxml.jackson.annotation.JsonRawValue;

@Path("/api/v1/calls/{callId}/result")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Published result")
public class ResultResource {

    /**
     * The published result: projects as they stand now, and the figures as published; reserve lists as the audience
     * may see them.
     */
    public record ResultView(String callId, int year, String title, OffsetDateTime publishedAt, ResultAudience.Kind audience,
            @Schema(implementation = PressFigures.class, description = "The press-release figures, as published")
            @JsonRawValue String figures, List<TrackResultView> tracks, List<ProjectView> revoked) {
        static ResultView of(PublishedResult result, ResultAudience audience) {
            List<TrackResultView> tracks = result.call().tracks.stream().map(setting -> new TrackResultView(setting.track,
                    setting.quota,
                    entries(result, setting.track, ResultStatus.SELECTED).stream().map(e -> ProjectView.of(e, result.candidate(e))).toList(),
                    audience.seesReserves() ? reserves(result, setting.track, audience) : null))
                    .toList();
            List<ProjectView> revoked = result.entries().stream().filter(e -> e.status == ResultStatus.REVOKED)
                    .map(e -> ProjectView.of(e, result.candidate(e))).toList();
            return new ResultView(result.call().id, result.call().year, result.call().title, result.call().publishedAt,
                    audience.kind(), result.call().publishedFigures, tracks, revoked);
        }

        private static List<ResultEntry> entries(PublishedResult result, Track track, ResultStatus status) {
            return result.entries().stream().filter(e -> e.track == track && e.status == status).toList();
        }

        /** The reserves still available that the audience may see. */
        private static List<ReserveView> reserves(PublishedResult result, Track track, ResultAudience audience) {
            return entries(result, track, ResultStatus.RESERVE).stream()
                    .filter(e -> result.candidate(e).status.inCompetition())
                    .filter(e -> audience.seesReserveOf(result.candidate(e).applicantOrganizationId))
                    .map(e -> ReserveView.of(e, result.candidate(e))).toList();
        }
    }

    /** @param reserves absent for the public; for an applicant, its own reserves only */
    public record TrackResultView(Track track, int quota, List<ProjectView> selected,
            @Schema(description = "Reserve positions, for officers (all) and applicants (their own); null for the public")
            List<ReserveView> reserves) {
    }

    public record ProjectView(String projectId, String applicationId, String siteCountry, String region, String city, String title,
            String applicant, String partner, long requestedSupport, String score, int rank, boolean promoted,
            String replacesProjectId, OffsetDateTime selectedAt, OffsetDateTime revokedAt) {
        static ProjectView of(ResultEntry entry, Candidate candidate) {
            return new ProjectView(entry.projectId, entry.applicationId, candidate.siteCountry, candidate.region, candidate.city,
                    candidate.title, candidate.applicantName, candidate.partnerName, candidate.requestedSupport,
                    entry.score().display(), entry.rankInTrack, entry.promoted, entry.replacesProjectId, entry.selectedAt,
                    entry.revokedAt);
        }
    }

    /** A reserve still available, at its position on the list as published. */
    public record ReserveView(int position, String applicationId, String siteCountry, String city, String title, String applicant,
            String score, int rank) {
        static ReserveView of(ResultEntry entry, Candidate candidate) {
            return new ReserveView(entry.reservePosition, entry.applicationId, candidate.siteCountry, candidate.city, candidate.title,
                    candidate.applicantName, entry.score().display(), entry.rankInTrack);
        }
    }

    private final ResultService results;
    private final Caller caller;

    ResultResource(ResultService results, Caller caller) {
        this.results = results;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    @Operation(operationId = "publishResult", summary = "Publish the result of a closed call once every submission it counted has arrived (409 CALL_NOT_CLOSED,"
            + " SUBMISSIONS_MISSING, ALREADY_PUBLISHED): freezes the ranking and announces the selected projects")
    @APIResponse(responseCode = "201", description = "Published: the result as officers read it",
            headers = {
                    @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultView.class)))
    public Response publish(@PathParam("callId") @Size(max = Identifiers.MAX_LENGTH) String callId) {
        PublishedResult result = results.publish(callId);
        URI location = UriBuilder.fromPath("/api/v1/calls/{callId}/result").build(callId);
        return Response.created(location).entity(ResultView.of(result, ResultAudience.PROGRAM_OFFICERS)).build();
    }

    /** One URL for everyone; the answer depends on the token, so shared caches must keep them apart (Vary). */
    @GET
    @PermitAll
    @Operation(operationId = "getResult", summary = "The published result of a call: selected projects and press figures for everyone; reserve lists"
            + " for program officers; an applicant's own reserve positions for that applicant")
    public RestResponse<ResultView> read(@PathParam("callId") @Size(max = Identifiers.MAX_LENGTH) String callId) {
        return RestResponse.ResponseBuilder.ok(ResultView.of(results.result(callId), audience()))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    private ResultAudience audience() {
        if (caller.hasRole(Roles.PROGRAM_OFFICER)) {
            return ResultAudience.PROGRAM_OFFICERS;
        }
        if (caller.hasRole(Roles.APPLICANT)) {
            return caller.organization().map(ResultAudience::applicant).orElse(ResultAudience.PUBLIC);
        }
        return ResultAudience.PUBLIC;
    }
}
