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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The conflicts of interest an evaluator declared: countries and organizations it must not evaluate. */
@Entity
@Table(name = "evaluator_declaration")
public class EvaluatorDeclaration extends PanacheEntityBase {

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

    @Column(name = "declared_at", nullable = false)
    public OffsetDateTime declaredAt;

    @Version
    public long version;

    public void declare(Set<String> conflictCountries, Set<String> conflictOrganizations, OffsetDateTime at) {
        countries.clear();
        countries.addAll(conflictCountries);
        organizations.clear();
        organizations.addAll(conflictOrganizations);
        declaredAt = at;
    }

    /** Why this evaluator may not evaluate the candidate, or empty when it may. */
    public Optional<String> conflictWith(Candidate candidate) {
        List<String> reasons = new ArrayList<>();
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
