package org.kcity.selection.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kcity.platform.problem.ApiProblem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** This service's copy of a call: what evaluation and selection need, learned from the call's events. */
@Entity
@Table(name = "selection_call")
public class Call extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    @Column(name = "passing_score", nullable = false)
    public BigDecimal passingScore;

    @Column(name = "evaluations_per_application", nullable = false)
    public int evaluationsPerApplication;

    @Column(name = "one_per_country", nullable = false)
    public boolean onePerCountry;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_track", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    public List<TrackSetting> tracks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    /** The region groups the call names, in its order; press figures list each of them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_region", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    public List<String> regions = new ArrayList<>();

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /**
     * How many applications intake counted as submitted (ever, withdrawn ones too) when the call closed; null while
     * open, and for calls closed before this count was kept.
     */
    @Column(name = "expected_submissions")
    public Long expectedSubmissions;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The press-release figures as published, kept verbatim for the public result. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "published_figures")
    public String publishedFigures;

    @Version
    public long version;

    /** The call as intake opened it, with its tracks, criteria and region groups; it is not closed yet. */
    public static Call opened(String id, int year, String title, BigDecimal passingScore, int evaluationsPerApplication,
            boolean onePerCountry, List<TrackSetting> tracks, List<Criterion> criteria, List<String> regions,
            OffsetDateTime openedAt) {
        Call call = new Call();
        call.id = id;
        call.year = year;
        call.title = title;
        call.passingScore = passingScore;
        call.evaluationsPerApplication = evaluationsPerApplication;
        call.onePerCountry = onePerCountry;
        call.tracks.addAll(tracks);
        call.criteria.addAll(criteria);
        call.regions.addAll(regions);
        call.openedAt = openedAt;
        return call;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** Closing records intake's count of submissions: the result waits until as many have reached this service. */
    public void close(OffsetDateTime at, long submissionsCounted) {
        closedAt = at;
        expectedSubmissions = submissionsCounted;
    }

    /**
     * Submissions intake counted but this service has not received yet: their events travel on other partitions than
     * the call's close, so they may still be on their way.
     */
    public long missingSubmissions(long receivedSubmissions) {
        return expectedSubmissions == null ? 0 : Math.max(0, expectedSubmissions - receivedSubmissions);
    }

    public Optional<TrackSetting> track(Track track) {
        return tracks.stream().filter(setting -> setting.track == track).findFirst();
    }

    public RankingRules rankingRules() {
        Map<Track, Integer> quotas = new EnumMap<>(Track.class);
        tracks.forEach(setting -> quotas.put(setting.track, setting.quota));
        return new RankingRules(PassingScore.of(passingScore), evaluationsPerApplication, onePerCountry, quotas);
    }

    public Scorecard scorecard() {
        return new Scorecard(criteria);
    }

    /** Sheets and assignments change the ranking, so they stop once the result is out. */
    public void requireNotPublished() {
        if (isPublished()) {
            throw ApiProblem.conflict("RESULT_PUBLISHED", "The result of call " + id + " is published; evaluations are locked");
        }
    }

    /** A result ranks every application of the call, so it needs the call closed and all its submissions received. */
    public void requirePublishable(long receivedSubmissions) {
        if (isPublished()) {
            throw ApiProblem.conflict("ALREADY_PUBLISHED", "The result of call " + id + " was already published at " + publishedAt);
        }
        if (!isClosed()) {
            throw ApiProblem.conflict("CALL_NOT_CLOSED", "Call " + id + " is still open; its result can be published once it closes");
        }
        long missing = missingSubmissions(receivedSubmissions);
        if (missing > 0) {
            throw ApiProblem.conflict("SUBMISSIONS_MISSING", "Call " + id + " is missing " + missing + " of the " + expectedSubmissions
                    + " submitted applications intake counted (" + receivedSubmissions + " received); the result can be published"
                    + " once they arrive");
        }
    }
}
