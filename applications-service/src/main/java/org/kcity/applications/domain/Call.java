package org.kcity.applications.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;
import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem.Violation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A call for entries: its configuration and its DRAFT -> OPEN -> CLOSED lifecycle. */
@Entity
@Table(name = "program_call")
public class Call extends PanacheEntityBase {

    @Id
    public String id;

    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    public CallStatus status;

    public int year;

    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<TrackTerms> tracks;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Criterion> criteria;

    @Column(name = "opens_at")
    public OffsetDateTime opensAt;

    @Column(name = "closes_at")
    public OffsetDateTime closesAt;

    public long envelope;

    @Column(name = "passing_score")
    public BigDecimal passingScore;

    @Column(name = "evaluations_per_application")
    public int evaluationsPerApplication;

    @Column(name = "one_per_country")
    public boolean onePerCountry;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "region_groups")
    public List<RegionGroup> regionGroups;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_by")
    public ClosedBy closedBy;

    /** When selection-service published the result; screening is over from then on. */
    @Column(name = "result_published_at")
    public OffsetDateTime resultPublishedAt;

    /**
     * The call, read to check a request against it and never changed by it: read-only, so Hibernate keeps no snapshot
     * of its JSON columns (tracks, criteria, region groups) to copy on load and compare at flush.
     */
    public static Call readOnly(String id, LockModeType lock) {
        return getEntityManager().find(Call.class, id, lock, Map.of(HibernateHints.HINT_READ_ONLY, true));
    }

    public static Call draft(CallDefinition definition, OffsetDateTime now) {
        Call call = new Call();
        call.id = UUID.randomUUID().toString();
        call.status = CallStatus.DRAFT;
        call.createdAt = now;
        call.define(definition);
        return call;
    }

    /** Records the publication of the result; a repeated notice keeps the first time. */
    public void resultPublished(OffsetDateTime publishedAt) {
        if (resultPublishedAt == null) {
            resultPublishedAt = publishedAt;
        }
    }

    /** Screening decides who competes: once the result is out, it can no longer change who was selected. */
    public void requireScreeningOpen() {
        if (resultPublishedAt != null) {
            throw ApiProblem.conflict("RESULT_PUBLISHED",
                    "The result of this call was published on " + resultPublishedAt + "; its applications can no longer be screened");
        }
    }

    /** Replaces the whole configuration; only a draft may change. */
    public void redefine(CallDefinition definition) {
        require(CallStatus.DRAFT, "CALL_NOT_EDITABLE", "Only a draft call can be changed");
        define(definition);
    }

    public void open(OffsetDateTime now) {
        require(CallStatus.DRAFT, "CALL_NOT_DRAFT", "Only a draft call can be opened");
        if (!closesAt.isAfter(now)) {
            throw ApiProblem.unprocessable("The call cannot open", List.of(Violation.ofRule(
                    "WINDOW_ALREADY_OVER", "The submission window closed at " + closesAt)));
        }
        status = CallStatus.OPEN;
        openedAt = now;
    }

    public void close(OffsetDateTime now, ClosedBy by) {
        require(CallStatus.OPEN, "CALL_NOT_OPEN", "Only an open call can be closed");
        status = CallStatus.CLOSED;
        closedAt = now;
        closedBy = by;
    }

    public boolean isDueToClose(OffsetDateTime now) {
        return status == CallStatus.OPEN && !closesAt.isAfter(now);
    }

    public boolean acceptsSubmissionsAt(OffsetDateTime now) {
        return status == CallStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Drafts are the officers' work in progress; everyone else sees only open and closed calls. */
    public boolean isPublic() {
        return status != CallStatus.DRAFT;
    }

    /** Whether the call exists and is public, read without loading (and parsing) its definition. */
    public static boolean isPublic(String id) {
        return getEntityManager().createQuery("select status from Call where id = :id", CallStatus.class)
                .setParameter("id", id).getResultStream().findFirst().filter(status -> status != CallStatus.DRAFT).isPresent();
    }

    public Optional<TrackTerms> termsOf(Track track) {
        return tracks.stream().filter(terms -> terms.track() == track).findFirst();
    }

    /** The region group listing the country, else the country's continent. */
    public String regionOf(String country, Countries countries) {
        return regionGroups.stream().filter(group -> group.contains(country)).map(RegionGroup::name).findFirst()
                .or(() -> countries.continentOf(country))
                .orElseThrow(() -> new IllegalArgumentException("Unknown country " + country));
    }

    private void define(CallDefinition definition) {
        year = definition.year();
        title = definition.title();
        tracks = List.copyOf(definition.tracks());
        criteria = List.copyOf(definition.criteria());
        opensAt = definition.opensAt();
        closesAt = definition.closesAt();
        envelope = definition.envelope();
        passingScore = definition.passingScore();
        evaluationsPerApplication = definition.evaluationsOrDefault();
        onePerCountry = definition.onePerCountryOrDefault();
        regionGroups = List.copyOf(definition.regionGroupsOrNone());
    }

    private void require(CallStatus expected, String code, String detail) {
        if (status != expected) {
            throw ApiProblem.conflict(code, detail + "; this one is " + status);
        }
    }
}
