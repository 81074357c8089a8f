package org.kcity.selection.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.event.EventOutbox;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.time.ProgramClock;
import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Candidate;
import org.kcity.selection.domain.CandidateStatus;
import org.kcity.selection.domain.Outcome;
import org.kcity.selection.domain.Placement;
import org.kcity.selection.domain.PressFigures;
import org.kcity.selection.domain.ResultEntry;
import org.kcity.selection.domain.ResultStatus;
import org.kcity.selection.event.ProjectSelected;
import org.kcity.selection.event.SelectionPublished;
import org.kcity.selection.event.SelectionRevoked;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Publishes a call's result, serves it, and keeps it whole when a selected application is withdrawn. */
@ApplicationScoped
public class ResultService {

    static final String REVOKED_BECAUSE_WITHDRAWN = "APPLICATION_WITHDRAWN";

    private final CallService calls;
    private final RankingService ranking;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final ProgramClock clock;

    ResultService(CallService calls, RankingService ranking, EventOutbox outbox, AuditTrail audit, ObjectMapper json,
            ProgramClock clock) {
        this.calls = calls;
        this.ranking = ranking;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Freezes the ranking of a closed call whose every submission has arrived: its selected applications become
     * projects, the rest reserves.
     */
    @Transactional
    public PublishedResult publish(String callId) {
        Call call = calls.lock(callId, LockModeType.PESSIMISTIC_WRITE);
        call.requirePublishable(Candidate.receivedFor(call.id));
        RankingPreview preview = ranking.rank(call);
        OffsetDateTime now = clock.now();
        call.publishedAt = now;
        List<ResultEntry> selected = new ArrayList<>();
        for (Placement placement : preview.ranking().placements()) {
            if (placement.outcome() == Outcome.OUT) {
                continue;
            }
            ResultEntry entry = new ResultEntry(call.id, placement, now);
            entry.persist();
            if (entry.isSelected()) {
                selected.add(entry);
                announce(call, preview.candidate(entry.applicationId), entry);
            }
        }
        PressFigures figures = PressFigures.of(call.tracks.stream().map(setting -> setting.track).toList(), call.regions,
                preview.candidates().values().stream().map(ResultService::entrant).toList(),
                selected.stream().map(entry -> entrant(preview.candidate(entry.applicationId))).toList());
        call.publishedFigures = toJson(figures);
        outbox.append(new SelectionPublished(call.id, call.year, now, figures.entries(), figures.countries(),
                figures.withdrawn(), figures.byTrack(), figures.selectedByRegion(),
                selected.stream().map(entry -> entry.projectId).toList()));
        audit.record("result.published", CallService.AUDIT_TARGET, call.id, Map.of("selected", selected.size()));
        return result(call);
    }

    @Transactional
    public PublishedResult result(String callId) {
        Call call = calls.find(callId);
        if (!call.isPublished()) {
            throw ApiProblem.notFound("Published result of call", callId);
        }
        return result(call);
    }

    /**
     * A withdrawn application loses its selection; the first reserve of its track whose country is still free
     * (under one-per-country) takes its place.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void withdrawn(Candidate candidate) {
        Call call = Call.findById(candidate.callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null || !call.isPublished()) {
            return;
        }
        ResultEntry revoked = ResultEntry.findById(candidate.applicationId);
        if (revoked == null || !revoked.isSelected()) {
            return;
        }
        OffsetDateTime now = clock.now();
        revoked.revoke(now);
        outbox.append(new SelectionRevoked(revoked.projectId, candidate.applicationId, call.id, candidate.track,
                candidate.siteCountry, REVOKED_BECAUSE_WITHDRAWN, now));
        audit.record("selection.revoked", CandidateService.AUDIT_TARGET, candidate.applicationId,
                Map.of("projectId", revoked.projectId));
        PublishedResult result = result(call);
        promotable(result, revoked).ifPresent(reserve -> {
            reserve.promote(revoked, now);
            announce(call, result.candidate(reserve), reserve);
            audit.record("reserve.promoted", CandidateService.AUDIT_TARGET, reserve.applicationId,
                    Map.of("projectId", reserve.projectId, "replacesProjectId", revoked.projectId));
        });
    }

    private static Optional<ResultEntry> promotable(PublishedResult result, ResultEntry revoked) {
        Set<String> countriesTaken = result.entries().stream().filter(ResultEntry::isSelected)
                .map(entry -> result.candidate(entry).siteCountry).collect(Collectors.toSet());
        return result.entries().stream()
                .filter(entry -> entry.status == ResultStatus.RESERVE && entry.track == revoked.track)
                .filter(entry -> result.candidate(entry).status.inCompetition())
                .filter(entry -> !result.call().onePerCountry || !countriesTaken.contains(result.candidate(entry).siteCountry))
                .min(Comparator.comparing(entry -> entry.reservePosition));
    }

    private void announce(Call call, Candidate candidate, ResultEntry entry) {
        outbox.append(ProjectSelected.of(call, candidate, entry));
    }

    private static PublishedResult result(Call call) {
        List<ResultEntry> entries = ResultEntry.list("callId = ?1 order by track, rankInTrack", call.id);
        Map<String, Candidate> candidates = entries.isEmpty() ? Map.of()
                : Candidate.<Candidate>list("applicationId in ?1", entries.stream().map(entry -> entry.applicationId).toList())
                        .stream().collect(Collectors.toMap(c -> c.applicationId, Function.identity()));
        return new PublishedResult(call, entries, candidates);
    }

    private static PressFigures.Entrant entrant(Candidate candidate) {
        return new PressFigures.Entrant(candidate.track, candidate.siteCountry, candidate.region,
                candidate.status == CandidateStatus.WITHDRAWN);
    }

    private String toJson(PressFigures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Press figures cannot be serialized", e);
        }
    }
}
