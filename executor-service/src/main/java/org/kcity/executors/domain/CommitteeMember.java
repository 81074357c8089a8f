package org.kcity.executors.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

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
}
