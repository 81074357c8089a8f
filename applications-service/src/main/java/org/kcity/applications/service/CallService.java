package org.kcity.applications.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kcity.applications.domain.Application;
import org.kcity.applications.domain.Call;
import org.kcity.applications.domain.CallDefinition;
import org.kcity.applications.domain.CallStatistics;
import org.kcity.applications.domain.CallStatus;
import org.kcity.applications.domain.ClosedBy;
import org.kcity.applications.domain.Countries;
import org.kcity.applications.event.CallClosed;
import org.kcity.applications.event.CallOpened;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.event.EventOutbox;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem.Violation;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.ETags;
import org.kcity.platform.persistence.Conditions;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CallService {

    static final String AUDIT_TARGET = "call";

    private final Countries countries;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ProgramClock clock;

    CallService(Countries countries, EventOutbox outbox, AuditTrail audit, ProgramClock clock) {
        this.countries = countries;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Call create(CallDefinition definition) {
        requireConsistent(definition);
        Call call = Call.draft(definition, clock.now());
        call.persist();
        audit.record("call.created", AUDIT_TARGET, call.id, definition);
        Call.flush();
        return call;
    }

    @Transactional
    public Call update(String id, String ifMatch, CallDefinition definition) {
        Call call = find(id);
        ETags.requireCurrent(ifMatch, call.version);
        requireConsistent(definition);
        call.redefine(definition);
        audit.record("call.updated", AUDIT_TARGET, call.id, definition);
        Call.flush();
        return call;
    }

    @Transactional
    public Call open(String id) {
        Call call = lock(id);
        call.open(clock.now());
        outbox.append(CallOpened.of(call));
        audit.record("call.opened", AUDIT_TARGET, call.id, null);
        Call.flush();
        return call;
    }

    @Transactional
    public Call close(String id) {
        Call call = lock(id);
        close(call, ClosedBy.OFFICER, clock.now());
        return call;
    }

    /** Calls whose window has ended but are still open, e.g. because the service was down at the time. */
    @Transactional
    public List<String> dueForClosing(OffsetDateTime now) {
        return Call.getEntityManager()
                .createQuery("select c.id from Call c where c.status = :open and c.closesAt <= :now order by c.closesAt", String.class)
                .setParameter("open", CallStatus.OPEN).setParameter("now", now).getResultList();
    }

    /** Closes the call if it is still due; another instance or an officer may have closed it meanwhile. */
    @Transactional
    public void closeOnSchedule(String id, OffsetDateTime now) {
        Call call = Call.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (call != null && call.isDueToClose(now)) {
            close(call, ClosedBy.SCHEDULE, now);
        }
    }

    /** Selection-service published the call's result: screening is over. Delivered twice, it changes nothing. */
    @Transactional
    public void resultPublished(String callId, OffsetDateTime publishedAt) {
        Call call = Call.<Call>findByIdOptional(callId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new IllegalStateException("A result was published for call " + callId + ", which was never created here"));
        if (call.resultPublishedAt == null) {
            call.resultPublished(publishedAt);
            audit.record("call.result_published", AUDIT_TARGET, call.id, null);
        }
    }

    public Call find(String id) {
        return Call.<Call>findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Call", id));
    }

    /** A call as the caller may see it: drafts only for officers, as if they did not exist for anyone else. */
    public Call findVisible(String id, boolean officer) {
        Call call = find(id);
        if (!officer && !call.isPublic()) {
            throw ApiProblem.notFound("Call", id);
        }
        return call;
    }

    public Page<Call> list(Set<CallStatus> statuses, Integer year, PageRequest paging) {
        Conditions where = new Conditions().with("status in :statuses", "statuses", statuses).with("year = :year", "year", year);
        return Page.of(Call.find(where.query(), Sort.descending("year").and("opensAt", Sort.Direction.Descending)
                .and("id"), where.parameters()), paging);
    }

    public CallStatistics statistics(Call call) {
        List<Application> submitted = Application.list("callId = ?1 and submittedAt is not null", call.id);
        return CallStatistics.of(call, submitted);
    }

    private void close(Call call, ClosedBy by, OffsetDateTime now) {
        call.close(now, by);
        outbox.append(CallClosed.of(call, statistics(call)));
        audit.record("call.closed", AUDIT_TARGET, call.id, new Closure(by));
        Call.flush();
    }

    private Call lock(String id) {
        Call call = Call.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw ApiProblem.notFound("Call", id);
        }
        return call;
    }

    private void requireConsistent(CallDefinition definition) {
        List<Violation> faults = definition.faults(countries);
        if (!faults.isEmpty()) {
            throw ApiProblem.unprocessable("The call's configuration is inconsistent in " + faults.size() + " way(s)", faults);
        }
    }

    record Closure(ClosedBy closedBy) {
    }
}
