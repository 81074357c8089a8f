package org.kcity.selection.service;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.selection.domain.Call;
import org.kcity.selection.domain.Criterion;
import org.kcity.selection.domain.TrackSetting;
import org.kcity.selection.event.CallClosed;
import org.kcity.selection.event.CallOpened;

/** Keeps this service's copy of the calls, from their events. */
@ApplicationScoped
public class CallService {

    static final String AUDIT_TARGET = "call";

    private final AuditTrail audit;

    CallService(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public void opened(CallOpened opened) {
        if (Call.findById(opened.callId()) != null) {
            return;
        }
        Call call = Call.opened(opened.callId(), opened.year(), opened.title(), opened.passingScore(),
                opened.evaluationsPerApplication(), opened.onePerCountry(),
                opened.tracks().stream().map(t -> new TrackSetting(t.track(), t.quota(), t.supportFloor(), t.supportCap())).toList(),
                opened.criteria().stream().map(c -> new Criterion(c.code(), c.name(), c.weight())).toList(),
                opened.regionGroups().stream().map(CallOpened.RegionGroup::name).toList(), opened.openedAt());
        call.persist();
        audit.record("call.opened", AUDIT_TARGET, call.id, Map.of("tracks", call.tracks.size()));
    }

    /**
     * A call's events share its key and stay in order, so a close of an unknown call means its opening was lost:
     * failing sends it to the dead-letter topic (waiting would only hold up the partition).
     */
    @Transactional
    public void closed(CallClosed closed) {
        Call call = Call.<Call>findByIdOptional(closed.callId())
                .orElseThrow(() -> new IllegalStateException("Call " + closed.callId() + " was closed but never opened"));
        if (call.isClosed()) {
            return;
        }
        if (closed.closedAt() == null) {
            throw new IllegalArgumentException("Call " + closed.callId() + " was closed without its closing time");
        }
        call.close(closed.closedAt(), closed.submittedApplications());
        audit.record("call.closed", AUDIT_TARGET, call.id, Map.of("expectedSubmissions", call.expectedSubmissions));
    }

    /** The call, unchanged by others until the transaction ends: shared lock for evaluation, exclusive for results. */
    Call lock(String callId, LockModeType mode) {
        Call call = Call.findById(callId, mode);
        if (call == null) {
            throw ApiProblem.notFound("Call", callId);
        }
        return call;
    }

    Call find(String callId) {
        return Call.<Call>findByIdOptional(callId).orElseThrow(() -> ApiProblem.notFound("Call", callId));
    }
}
