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
import org.kcity.platform.openapi.Examples;
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
    public record ResultView(
            @Schema(example = Examples.CALL_ID) String callId,
            @Schema(example = "2027") int year,
            @Schema(example = Examples.CALL_TITLE) String title,
            @Schema(example = "2027-06-15T15:00:00+09:00") OffsetDateTime publishedAt,
            @Schema(example = "PUBLIC") ResultAudience.Kind audience,
            @Schema(implementation = PressFigures.class, description = "The press-release figures, as published") @JsonRawValue String figures,
            List<TrackResultView> tracks,
            List<ProjectView> revoked) {
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
    public record TrackResultView(
            @Schema(example = "SOLUTION_PLANNING") Track track,
            @Schema(example = "4") int quota,
            List<ProjectView> selected,
            @Schema(description = "Reserve positions, for officers (all) and applicants (their own); null for the public") List<ReserveView> reserves) {
    }

    public record ProjectView(
            @Schema(example = Examples.PROJECT_ID) String projectId,
            @Schema(example = Examples.APPLICATION_ID) String applicationId,
            @Schema(example = "VN") String siteCountry,
            @Schema(example = "ASEAN") String region,
            @Schema(example = "Da Nang") String city,
            @Schema(example = Examples.TITLE) String title,
            @Schema(example = Examples.APPLICANT) String applicant,
            @Schema(example = "Vietnam Ministry of Construction") String partner,
            @Schema(example = Examples.REQUESTED_SUPPORT) long requestedSupport,
            @Schema(example = "82.47") String score,
            @Schema(example = "1") int rank,
            @Schema(example = "true") boolean promoted,
            @Schema(example = "2b4c6d8e-0f1a-4b3c-9d5e-7f8a9b0c1d2e") String replacesProjectId,
            @Schema(example = "2027-06-15T15:00:00+09:00") OffsetDateTime selectedAt,
            @Schema(example = "2027-09-01T10:00:00+09:00") OffsetDateTime revokedAt) {
        static ProjectView of(ResultEntry entry, Candidate candidate) {
            return new ProjectView(entry.projectId, entry.applicationId, candidate.siteCountry, candidate.region, candidate.city,
                    candidate.title, candidate.applicantName, candidate.partnerName, candidate.requestedSupport,
                    entry.score().display(), entry.rankInTrack, entry.promoted, entry.replacesProjectId, entry.selectedAt,
                    entry.revokedAt);
        }
    }

    /** A reserve still available, at its position on the list as published. */
    public record ReserveView(
            @Schema(example = "1") int position,
            @Schema(example = "e7a9c1b3-5d7f-4a1c-8e3b-6f9d2a4c7e15") String applicationId,
            @Schema(example = "KH") String siteCountry,
            @Schema(example = "Siem Reap") String city,
            @Schema(example = "Smart water supply plan for Siem Reap") String title,
            @Schema(example = "Siem Reap Provincial Administration") String applicant,
            @Schema(example = "78.90") String score,
            @Schema(example = "5") int rank) {
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
            + " SUBMISSIONS_MISSING, ALREADY_PUBLISHED): freezes the ranking and announces the selected projects",
            description = "Program officers only. Publishes the result of a closed call: the selected projects go to budget-service and executor-service, the rest onto reserve lists.")
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
            + " for program officers; an applicant's own reserve positions for that applicant",
            description = "Anyone, without a token, reads the selected projects and the press figures; program officers also see every reserve list, applicants their own reserve position.")
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
