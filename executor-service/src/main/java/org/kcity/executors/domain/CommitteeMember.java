package org.kcity.executors.domain;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.kcity.platform.problem.ApiProblem;
import org.kcity.platform.problem.Problem;

/** A member of a tender's selection committee, identified by the subject of its token. */
@Embeddable
public class CommitteeMember {

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberKind kind;

    public String country;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;

    protected CommitteeMember() {
    }

    public CommitteeMember(String subject, String name, MemberKind kind, String country, OffsetDateTime addedAt) {
        this.subject = subject;
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.addedAt = addedAt;
    }

    public boolean isOfficialOf(String hostCountry) {
        return kind == MemberKind.OVERSEAS_OFFICIAL && hostCountry.equals(country);
    }

    /**
     * This member scoring with the given token. A member registered as an overseas official scores only with a token
     * that proves it (role overseas-official, its country in the country claim), else 403 OFFICIAL_NOT_VERIFIED; its
     * scores then count as the host country's official's. Experts score with their usual roles and never count as one.
     */
    public Scorer scoringWith(Credentials credentials, String hostCountry) {
        if (kind == MemberKind.OVERSEAS_OFFICIAL && !credentials.proveOfficialOf(country)) {
            String shown = credentials.overseasOfficial() ? "names country " + credentials.country()
                    : "has no overseas-official role";
            String detail = subject + " sits on the committee as an official of " + country + ": its scores need a token with the "
                    + "overseas-official role and country " + country + "; this token " + shown;
            throw new ApiProblem(403, "forbidden", "Forbidden", detail,
                    List.of(Problem.Violation.ofRule("OFFICIAL_NOT_VERIFIED", detail)));
        }
        return new Scorer(subject, isOfficialOf(hostCountry) && credentials.proveOfficialOf(hostCountry));
    }
}
