package org.kcity.budget.service;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.kcity.budget.domain.Budget;
import org.kcity.budget.domain.CallTrack;
import org.kcity.budget.domain.EnvelopeFigures;
import org.kcity.budget.domain.FundedCall;
import org.kcity.budget.domain.Track;
import org.kcity.budget.domain.TrackCommitment;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.problem.ApiProblem;

/** The calls' envelopes: recorded from CallOpened, read as figures. */
@ApplicationScoped
public class EnvelopeService {

    public static final String CALL = "call";

    private final AuditTrail audit;

    EnvelopeService(AuditTrail audit) {
        this.audit = audit;
    }

    /** Records or refreshes the call (a re-sent CallOpened replaces envelope and tracks). */
    @Transactional
    public void recordCall(String callId, int year, String title, long envelope, OffsetDateTime openedAt,
            List<CallTrack> tracks) {
        FundedCall known = FundedCall.findById(callId);
        FundedCall call = known != null ? known : new FundedCall(callId);
        call.announce(year, title, envelope, openedAt, tracks);
        if (known == null) {
            call.persist();
        }
        audit.record("call.recorded", CALL, callId, Map.of("envelope", envelope, "tracks", tracks.size()));
    }

    @Transactional
    public EnvelopeFigures figuresOf(String callId) {
        FundedCall call = FundedCall.<FundedCall>findByIdOptional(callId)
                .orElseThrow(() -> ApiProblem.notFound("Call", callId));
        long committed = Budget.committedTo(callId);
        Map<Track, TrackCommitment> byTrack = Budget.committedByTrack(callId);
        List<EnvelopeFigures.TrackFigures> tracks = call.tracks.stream()
                .sorted(Comparator.comparing((CallTrack track) -> track.track)).map(track -> {
            TrackCommitment share = byTrack.getOrDefault(track.track, new TrackCommitment(track.track, 0, 0));
            return new EnvelopeFigures.TrackFigures(track.track, track.quota, track.supportFloor, track.supportCap,
                    share.committed(), share.budgets());
        }).toList();
        return new EnvelopeFigures(call.callId, call.year, call.title, call.envelope, committed, call.envelope - committed,
                tracks);
    }
}
