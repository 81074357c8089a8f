package org.kcity.selection.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.kcity.platform.problem.ApiProblem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An evaluator's conflicts of interest: its own organization, which its token names, and the countries and
 * organizations it declared it must not evaluate. An evaluator has one as soon as it is assigned or calls this
 * service; it has declared nothing until {@link #declare}.
 */
@Entity
@Table(name = "evaluator_declaration")
public class EvaluatorDeclaration extends PanacheEntityBase {

    public static final String CONFLICT_OF_INTEREST = "CONFLICT_OF_INTEREST";

    @Id
    @Column(name = "evaluator_id")
    public String evaluatorId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluator_conflict_country", joinColumns = @JoinColumn(name = "evaluator_id"))
    @Column(name = "country", nullable = false)
    public Set<String> countries = new TreeSet<>();

    /** Organization ids or names, matched case-insensitively against an application's applicant and partner. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluator_conflict_organization", joinColumns = @JoinColumn(name = "evaluator_id"))
    @Column(name = "organization", nullable = false)
    public Set<String> organizations = new TreeSet<>();

    /** The evaluator's own organization ('org' claim of its token); null until it called this service with one. */
    @Column(name = "organization_id")
    public String organizationId;

    /** Null until the evaluator declares its conflicts. */
    @Column(name = "declared_at")
    public OffsetDateTime declaredAt;

    @Version
    public long version;

    /**
     * The evaluator's row, created when it has none, locked until the transaction ends: everything that adds or
     * suspends an evaluator's assignments goes through this lock, so a new conflict never misses an assignment made
     * at the same moment, and concurrent first requests create the row once.
     */
    public static EvaluatorDeclaration lockOrCreate(String evaluatorId) {
        getEntityManager().createNativeQuery("""
                insert into evaluator_declaration (evaluator_id, version) values (:id, 0)
                on conflict (evaluator_id) do nothing""").setParameter("id", evaluatorId).executeUpdate();
        EvaluatorDeclaration declaration = findById(evaluatorId);
        getEntityManager().refresh(declaration, LockModeType.PESSIMISTIC_WRITE);
        return declaration;
    }

    public boolean isDeclared() {
        return declaredAt != null;
    }

    /** Whether the organization is already the one known; a token without one tells nothing new. */
    public boolean knowsOrganization(Optional<String> organization) {
        return organization.isEmpty() || organization.get().equals(organizationId);
    }

    /** Records the organization the evaluator's token names; true when it was not the one known. */
    public boolean learnOrganization(Optional<String> organization) {
        if (knowsOrganization(organization)) {
            return false;
        }
        organizationId = organization.get();
        return true;
    }

    public void declare(Set<String> conflictCountries, Set<String> conflictOrganizations, OffsetDateTime at) {
        countries.clear();
        countries.addAll(conflictCountries);
        organizations.clear();
        organizations.addAll(conflictOrganizations);
        declaredAt = at;
    }

    /** Refuses an assignment to an application this evaluator has a conflict with. */
    public void requireNoConflictWith(Candidate candidate) {
        conflictWith(candidate).ifPresent(reason -> {
            throw ApiProblem.conflict(CONFLICT_OF_INTEREST, reason);
        });
    }

    /** Why this evaluator may not evaluate the candidate, or empty when it may. */
    public Optional<String> conflictWith(Candidate candidate) {
        List<String> reasons = new ArrayList<>();
        if (matches(candidate.applicantOrganizationId, organizationId)) {
            reasons.add("belongs to organization " + organizationId + ", the applicant of application " + candidate.applicationId);
        }
        if (countries.contains(candidate.siteCountry)) {
            reasons.add("declared a conflict with country " + candidate.siteCountry + ", the site of application "
                    + candidate.applicationId);
        }
        for (String organization : organizations) {
            if (matches(organization, candidate.applicantOrganizationId) || matches(organization, candidate.applicantName)) {
                reasons.add("declared a conflict with organization " + organization + ", the applicant of application "
                        + candidate.applicationId);
            } else if (matches(organization, candidate.partnerName)) {
                reasons.add("declared a conflict with organization " + organization + ", the partner of application "
                        + candidate.applicationId);
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of("Evaluator " + evaluatorId + " " + String.join(" and ", reasons));
    }

    private static boolean matches(String declared, String organization) {
        return organization != null && declared.trim().toLowerCase(Locale.ROOT).equals(organization.trim().toLowerCase(Locale.ROOT));
    }
}
