package org.kcity.selection.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One evaluator's scores for one application, with its sum(score x weight) kept for the ranking. */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public String applicationId;

    @Column(name = "call_id", nullable = false)
    public String callId;

    @Column(name = "evaluator_id", nullable = false)
    public String evaluatorId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_sheet_score", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "score", nullable = false)
    public Map<String, Integer> scores = new TreeMap<>();

    @Column(name = "weighted_sum", nullable = false)
    public long weightedSum;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    @Column(name = "corrected_at")
    public OffsetDateTime correctedAt;

    @Version
    public long version;

    protected ScoreSheet() {
    }

    public ScoreSheet(Assignment assignment, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.applicationId = assignment.applicationId;
        this.callId = assignment.callId;
        this.evaluatorId = assignment.evaluatorId;
        this.filedAt = at;
    }

    /** The evaluator's sheet for the application, if filed. */
    public static Optional<ScoreSheet> of(String applicationId, String evaluatorId) {
        return find("applicationId = ?1 and evaluatorId = ?2", applicationId, evaluatorId).firstResultOptional();
    }

    /** Records valid scores (see {@link Scorecard#faults}); a sheet filed before is corrected. */
    public void record(Scorecard scorecard, Map<String, Integer> newScores, OffsetDateTime at) {
        if (!scores.isEmpty()) {
            correctedAt = at;
        }
        scores.clear();
        scores.putAll(newScores);
        weightedSum = scorecard.weightedSum(newScores);
    }

    /** The sheet total, sum(score x weight) / 100, which two decimals show exactly. */
    public String total() {
        return Score.ofSheet(weightedSum).display();
    }
}
