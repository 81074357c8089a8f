package org.kcity.applications.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.kcity.applications.domain.Application;
import org.kcity.applications.domain.ApplicationDraft;
import org.kcity.applications.domain.ApplicationStatus;
import org.kcity.applications.domain.Call;
import org.kcity.applications.domain.Countries;
import org.kcity.applications.domain.ScreeningOutcome;
import org.kcity.applications.domain.Track;
import org.kcity.applications.event.ApplicationScreened;
import org.kcity.applications.event.ApplicationSubmitted;
import org.kcity.applications.event.ApplicationWithdrawn;
import org.kcity.platform.audit.AuditTrail;
import org.kcity.platform.event.EventOutbox;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem.Violation;
import org.kcity.platform.time.ProgramClock;
import org.kcity.platform.web.ETags;
import org.kcity.platform.persistence.Conditions;
import org.kcity.platform.persistence.UniqueConstraints;
import org.kcity.platform.web.Page;
import org.kcity.platform.web.PageRequest;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ApplicationService {

    static final String AUDIT_TARGET = "application";
    private static final Sort NEWEST_FIRST = Sort.descending("createdAt").and("id");
    /**
     * Whether another of the organization's applications in the track is live. One constant query string, so Hibernate
     * interprets it once (a Panache {@code count} builds its count query anew on every call), with the live statuses
     * as literals, so no list parameter is expanded on every submission.
     */
    static final String ONE_LIVE_APPLICATION = "application_one_live";
    private static final String OTHER_LIVE_APPLICATION = "select 1 from Application where callId = :callId and track = :track"
            + " and organizationId = :organization and id <> :id and status in " + ApplicationStatus.LIVE.stream()
                    .map(status -> ApplicationStatus.class.getName() + "." + status.name())
                    .collect(Collectors.joining(", ", "(", ")"));

    private final Countries countries;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final ProgramClock clock;

    ApplicationService(Countries countries, EventOutbox outbox, AuditTrail audit, ProgramClock clock) {
        this.countries = countries;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Application create(String organizationId, ApplicationDraft draft) {
        requireValid(draft);
        Application application = Application.draft(organizationId, draft, clock.now());
        application.persist();
        audit.record("application.created", AUDIT_TARGET, application.id, draft);
        Application.flush();
        return application;
    }

    @Transactional
    public Application edit(String organizationId, String id, String ifMatch, ApplicationDraft draft) {
        Application application = own(organizationId, id, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireCurrent(ifMatch, application.version);
        requireValid(draft);
        application.edit(draft, clock.now());
        audit.record("application.updated", AUDIT_TARGET, application.id, draft);
        Application.flush();
        return application;
    }

    /**
     * Submits a draft. The call row is share-locked so a close cannot happen between the window check and the
     * commit. One live application per organization, track and call is the database's rule (the unique index
     * {@value #ONE_LIVE_APPLICATION}): the check before gives the usual case its answer without a failed statement,
     * and two drafts submitted at the same moment, which both pass it, meet at the index, where the second waits for
     * the first to commit and then fails.
     */
    @Transactional
    public Application submit(String organizationId, String id) {
        Application application = own(organizationId, id, LockModeType.PESSIMISTIC_WRITE);
        Call call = Call.readOnly(application.callId, LockModeType.PESSIMISTIC_READ);
        if (application.status == ApplicationStatus.DRAFT && hasLiveApplication(application)) {
            throw liveApplicationExists(application);
        }
        OffsetDateTime now = clock.now();
        application.submit(call, call.regionOf(application.siteCountry, countries), now);
        outbox.append(ApplicationSubmitted.of(application));
        audit.record("application.submitted", AUDIT_TARGET, application.id, null);
        try {
            Application.flush();
        } catch (RuntimeException failure) {
            if (UniqueConstraints.violated(failure, ONE_LIVE_APPLICATION)) {
                throw liveApplicationExists(application);
            }
            throw failure;
        }
        return application;
    }

    private static ApiProblem liveApplicationExists(Application application) {
        return ApiProblem.conflict("LIVE_APPLICATION_EXISTS", "Your organization already has a live application in track "
                + application.track + " of this call; withdraw it first");
    }

    @Transactional
    public Application withdraw(String organizationId, String id) {
        Application application = own(organizationId, id, LockModeType.PESSIMISTIC_WRITE);
        ApplicationStatus previous = application.withdraw(clock.now());
        if (application.wasSubmitted()) {
            outbox.append(ApplicationWithdrawn.of(application, previous));
        }
        audit.record("application.withdrawn", AUDIT_TARGET, application.id, new Withdrawal(previous));
        Application.flush();
        return application;
    }

    @Transactional
    public Application screen(String id, ScreeningOutcome outcome, String reason) {
        Application application = submitted(id, LockModeType.PESSIMISTIC_WRITE);
        Call.<Call>findById(application.callId).requireScreeningOpen();
        application.screen(outcome, reason, clock.now());
        outbox.append(ApplicationScreened.of(application));
        audit.record("application.screened", AUDIT_TARGET, application.id, new Screening(outcome, application.screeningReason));
        Application.flush();
        return application;
    }

    /** One of the organization's applications; any other organization's answers as missing. */
    public Application own(String organizationId, String id) {
        return own(organizationId, id, LockModeType.NONE);
    }

    /** A submitted application, as officers see it; drafts stay the applicant's own. */
    public Application submitted(String id) {
        return submitted(id, LockModeType.NONE);
    }

    public Page<Application> listOwn(String organizationId, String callId, Track track, ApplicationStatus status,
            PageRequest paging) {
        Conditions where = new Conditions().with("organizationId = :organization", "organization", organizationId)
                .with("callId = :callId", "callId", callId).with("track = :track", "track", track)
                .with("status = :status", "status", status);
        return Page.of(Application.find(where.query(), NEWEST_FIRST, where.parameters()), paging);
    }

    public Page<Application> listOfCall(String callId, Track track, ApplicationStatus status, String country,
            PageRequest paging) {
        Conditions where = new Conditions().require("submittedAt is not null").with("callId = :callId", "callId", callId)
                .with("track = :track", "track", track).with("status = :status", "status", status)
                .with("siteCountry = :country", "country", country);
        return Page.of(Application.find(where.query(), Sort.ascending("submittedAt").and("id"), where.parameters()),
                paging);
    }

    private boolean hasLiveApplication(Application application) {
        return !Application.getEntityManager().createQuery(OTHER_LIVE_APPLICATION, Integer.class)
                .setParameter("callId", application.callId).setParameter("track", application.track)
                .setParameter("organization", application.organizationId).setParameter("id", application.id)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private Application own(String organizationId, String id, LockModeType lock) {
        Application application = Application.findById(id, lock);
        if (application == null || !application.organizationId.equals(organizationId)) {
            throw ApiProblem.notFound("Application", id);
        }
        return application;
    }

    private Application submitted(String id, LockModeType lock) {
        Application application = Application.findById(id, lock);
        if (application == null || !application.wasSubmitted()) {
            throw ApiProblem.notFound("Application", id);
        }
        return application;
    }

    /** The draft must name a call applicants can see and real countries; eligibility waits for the submission. */
    private void requireValid(ApplicationDraft draft) {
        List<Violation> faults = new ArrayList<>(draft.unknownCountries(countries));
        if (!Call.isPublic(draft.callId())) {
            faults.add(new Violation("UNKNOWN_CALL", "callId", "There is no open or closed call " + draft.callId()));
        }
        if (!faults.isEmpty()) {
            throw ApiProblem.unprocessable("The application refers to things that do not exist", faults);
        }
    }

    record Withdrawal(ApplicationStatus previousStatus) {
    }

    record Screening(ScreeningOutcome outcome, String reason) {
    }
}
