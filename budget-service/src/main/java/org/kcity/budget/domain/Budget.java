package org.kcity.budget.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;
import org.kcity.platform.time.ProgramClock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The support budget of one selected project, in whole KRW. */
@Entity
@Table(name = "budget")
public class Budget extends PanacheEntityBase {

    static final String FIRST_LINE_DESCRIPTION = "Requested support, within the track's floor and cap";

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, unique = true)
    public String projectId;

    @Column(name = "application_id", nullable = false)
    public String applicationId;

    @Column(name = "call_id", nullable = false)
    public String callId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Track track;

    @Column(name = "site_country", nullable = false)
    public String siteCountry;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false)
    public String title;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    @Column(name = "requested_support", nullable = false)
    public long requestedSupport;

    @Column(name = "support_floor", nullable = false)
    public long supportFloor;

    @Column(name = "support_cap", nullable = false)
    public long supportCap;

    @Column(nullable = false)
    public boolean promoted;

    @Column(name = "replaces_project_id")
    public String replacesProjectId;

    @Column(name = "result_published_at", nullable = false)
    public OffsetDateTime resultPublishedAt;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetState state;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_line", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "line_no")
    private List<BudgetLine> lines = new ArrayList<>();

    /** The sum of the lines, kept as a column so the envelope's committed amount is one query. */
    @Column(nullable = false)
    public long total;

    @Column(name = "finalized_total")
    public Long finalizedTotal;

    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;

    /** Finalized after the due date. */
    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "adjusted_at")
    public OffsetDateTime adjustedAt;

    @Column(name = "adjustment_note")
    public String adjustmentNote;

    /** The day the project commenced, as executor-service reported it; from then on its money is being spent. */
    @Column(name = "commenced_on")
    public LocalDate commencedOn;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    /** A draft with one line: the requested support clamped to the track's floor and cap. */
    public static Budget draft(SelectedProject project, ProgramClock clock) {
        Budget budget = new Budget();
        budget.id = UUID.randomUUID();
        budget.projectId = project.projectId();
        budget.applicationId = project.applicationId();
        budget.callId = project.callId();
        budget.track = project.track();
        budget.siteCountry = project.siteCountry();
        budget.city = project.city();
        budget.title = project.title();
        budget.applicantName = project.applicantName();
        budget.requestedSupport = project.requestedSupport();
        budget.supportFloor = project.supportFloor();
        budget.supportCap = project.supportCap();
        budget.promoted = project.promoted();
        budget.replacesProjectId = project.replacesProjectId();
        budget.resultPublishedAt = project.resultPublishedAt();
        budget.dueDate = dueDateFor(project.selectedAt(), clock.zone());
        budget.state = BudgetState.DRAFT;
        budget.createdAt = clock.now();
        long firstAmount = Math.min(Math.max(project.requestedSupport(), project.supportFloor()), project.supportCap());
        budget.useLines(List.of(new BudgetLine(BudgetCategory.OTHER, FIRST_LINE_DESCRIPTION, firstAmount)));
        return budget;
    }

    /**
     * The last day of the month in which the project was selected (the result's publication, or a reserve's
     * promotion), that month reckoned in the program's time zone.
     */
    public static LocalDate dueDateFor(OffsetDateTime selectedAt, ZoneId programZone) {
        return YearMonth.from(selectedAt.atZoneSameInstant(programZone)).atEndOfMonth();
    }

    public static Optional<Budget> ofProject(String projectId) {
        return find("projectId", projectId).firstResultOptional();
    }

    /** What the call's finalized and adjusted budgets take from its envelope. */
    public static long committedTo(String callId) {
        return find("select coalesce(sum(total), 0) from Budget where callId = ?1 and state in ?2", callId, BudgetState.COMMITTED)
                .project(Long.class).singleResult();
    }

    public static Map<Track, TrackCommitment> committedByTrack(String callId) {
        return getEntityManager().createQuery("""
                select new org.kcity.budget.domain.TrackCommitment(b.track, sum(b.total), count(b))
                from Budget b where b.callId = :call and b.state in :committed group by b.track""", TrackCommitment.class)
                .setParameter("call", callId).setParameter("committed", BudgetState.COMMITTED)
                .getResultStream().collect(Collectors.toMap(TrackCommitment::track, c -> c));
    }

    public void replaceLines(List<BudgetLine> newLines) {
        requireState(BudgetState.DRAFT, "BUDGET_NOT_DRAFT", "Only a draft budget can be edited; this one is " + state);
        useLines(newLines);
    }

    /**
     * Finalizes the draft if its total respects the track's range and fits in what the envelope has left.
     *
     * @param committed what the call's other budgets already take from the envelope, read under the call's lock
     */
    public void finalizeWithin(long envelope, long committed, ProgramClock clock) {
        requireState(BudgetState.DRAFT, "BUDGET_NOT_DRAFT", "Only a draft budget can be finalized; this one is " + state);
        List<Problem.Violation> violations = new ArrayList<>();
        if (total < supportFloor) {
            violations.add(Problem.Violation.ofRule("TOTAL_BELOW_FLOOR",
                    "The total " + total + " KRW is below the track's support floor of " + supportFloor + " KRW"));
        }
        if (total > supportCap) {
            violations.add(Problem.Violation.ofRule("TOTAL_ABOVE_CAP",
                    "The total " + total + " KRW is above the track's support cap of " + supportCap + " KRW"));
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.unprocessable("The budget cannot be finalized", violations);
        }
        if (committed + total > envelope) {
            throw ApiProblem.conflict("ENVELOPE_EXCEEDED", "The total " + total + " KRW does not fit in the call's envelope: "
                    + (envelope - committed) + " of " + envelope + " KRW are free");
        }
        state = BudgetState.FINALIZED;
        finalizedTotal = total;
        finalizedAt = clock.now();
        overdue = clock.today().isAfter(dueDate);
    }

    /** Records the adjustment agreed with the demonstrating company; the total may go down or stay, never up. */
    public void adjust(List<BudgetLine> agreedLines, String note, OffsetDateTime now) {
        if (!track.isDemonstration()) {
            throw ApiProblem.conflict("NOT_A_DEMONSTRATION", "Only demonstration budgets are adjusted; this one is " + track);
        }
        requireState(BudgetState.FINALIZED, "BUDGET_NOT_FINALIZED",
                "Only a finalized, not yet adjusted budget can be adjusted; this one is " + state);
        long agreedTotal = agreedLines.stream().mapToLong(line -> line.amount).sum();
        if (agreedTotal > total) {
            throw ApiProblem.unprocessable("The adjustment cannot raise the budget", List.of(Problem.Violation.ofRule(
                    "TOTAL_ABOVE_FINALIZED", "The adjusted total " + agreedTotal + " KRW is above the finalized total " + total + " KRW")));
        }
        useLines(agreedLines);
        state = BudgetState.ADJUSTED;
        adjustedAt = now;
        adjustmentNote = note;
    }

    /**
     * The project's selection was revoked. A draft never took money from the envelope: it is cancelled at once.
     * Committed money stays committed: if the project commenced, it is being spent and only the project's own
     * termination can release it; if not known to have commenced, executor-service decides (see
     * {@link #releaseForCancelledProject} and {@link #recordCommencement}).
     */
    public void revoke(String reason, OffsetDateTime now) {
        if (isRevoked()) {
            throw new IllegalStateException("The selection of project " + projectId + " was already revoked");
        }
        revokedAt = now;
        revocationReason = reason;
        if (state == BudgetState.DRAFT) {
            cancel(now);
        } else {
            state = commencedOn == null ? BudgetState.REVOCATION_PENDING : BudgetState.TERMINATION_REQUIRED;
        }
    }

    /**
     * executor-service reports that the project commenced: a revocation, earlier or later, no longer releases its
     * money. Answers false if this was known already.
     */
    public boolean recordCommencement(LocalDate startDate) {
        if (commencedOn != null) {
            return false;
        }
        if (!BudgetState.COMMITTED.contains(state)) {
            throw new IllegalStateException("Project " + projectId + " cannot have commenced: its budget is " + state);
        }
        commencedOn = startDate;
        if (state == BudgetState.REVOCATION_PENDING) {
            state = BudgetState.TERMINATION_REQUIRED;
        }
        return true;
    }

    /**
     * executor-service cancelled the revoked project before it commenced: the budget is cancelled and its money
     * goes back to the envelope. Answers the amount released.
     */
    public long releaseForCancelledProject(OffsetDateTime now) {
        if (state != BudgetState.REVOCATION_PENDING) {
            throw new IllegalStateException("Budget " + id + " awaits no cancellation of its project; it is " + state);
        }
        long released = total;
        cancel(now);
        return released;
    }

    /** A committed budget is overdue if it was finalized late, a draft once its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return switch (state) {
            case DRAFT -> today.isAfter(dueDate);
            case FINALIZED, ADJUSTED, REVOCATION_PENDING, TERMINATION_REQUIRED -> overdue;
            case CANCELLED -> false;
        };
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean awaitsProjectOutcome() {
        return state == BudgetState.REVOCATION_PENDING;
    }

    /** The lines, read-only: they change only as a whole, with the total, through the budget's own steps. */
    public List<BudgetLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public boolean isCancelled() {
        return state == BudgetState.CANCELLED;
    }

    private void cancel(OffsetDateTime now) {
        state = BudgetState.CANCELLED;
        cancelledAt = now;
        cancellationReason = revocationReason;
    }

    private void useLines(List<BudgetLine> newLines) {
        lines.clear();
        lines.addAll(newLines);
        total = newLines.stream().mapToLong(line -> line.amount).sum();
    }

    private void requireState(BudgetState required, String code, String detail) {
        if (state == BudgetState.CANCELLED) {
            throw ApiProblem.conflict("BUDGET_CANCELLED", "The budget was cancelled: " + cancellationReason);
        }
        if (isRevoked()) {
            throw ApiProblem.conflict("SELECTION_REVOKED", "The project's selection was revoked (" + revocationReason
                    + "); the budget is " + state);
        }
        if (state != required) {
            throw ApiProblem.conflict(code, detail);
        }
    }
}
