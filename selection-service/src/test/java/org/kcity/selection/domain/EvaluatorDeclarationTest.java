package org.kcity.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kcity.platform.problem.ApiProblem;

class EvaluatorDeclarationTest {

    private static final OffsetDateTime DECLARED = OffsetDateTime.parse("2026-04-01T09:00:00Z");

    @Test
    void an_evaluator_conflicts_with_the_applications_of_its_own_organization_without_declaring_it() {
        EvaluatorDeclaration evaluator = evaluator();
        evaluator.learnOrganization(Optional.of("gov-gh-accra"));

        assertThat(evaluator.isDeclared()).isFalse();
        assertThat(evaluator.conflictWith(candidate("gov-gh-accra", "GH", null)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("belongs to organization gov-gh-accra"));
        assertThat(evaluator.conflictWith(candidate("gov-ke-nairobi", "KE", null))).isEmpty();
    }

    @Test
    void declared_countries_and_organizations_conflict_with_the_site_the_applicant_and_the_partner() {
        EvaluatorDeclaration evaluator = evaluator();
        evaluator.declare(Set.of("KE"), Set.of("ministry of cities ph"), DECLARED);

        assertThat(evaluator.isDeclared()).isTrue();
        assertThat(evaluator.conflictWith(candidate("gov-ke-nairobi", "KE", null))).hasValueSatisfying(reason -> assertThat(reason)
                .contains("country KE"));
        assertThat(evaluator.conflictWith(candidate("kr-smart", "PH", "Ministry of Cities PH"))).hasValueSatisfying(reason -> assertThat(reason)
                .contains("the partner of application"));
        assertThat(evaluator.conflictWith(candidate("gov-gh-accra", "GH", null))).isEmpty();
    }

    @Test
    void a_conflict_refuses_the_assignment() {
        EvaluatorDeclaration evaluator = evaluator();
        evaluator.learnOrganization(Optional.of("gov-gh-accra"));

        assertThatThrownBy(() -> evaluator.requireNoConflictWith(candidate("gov-gh-accra", "GH", null)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.toProblem("/").errors().get(0).code()).isEqualTo(EvaluatorDeclaration.CONFLICT_OF_INTEREST);
                });
    }

    @Test
    void an_organization_is_learned_when_new_or_changed_and_a_token_without_one_tells_nothing() {
        EvaluatorDeclaration evaluator = evaluator();

        assertThat(evaluator.learnOrganization(Optional.empty())).isFalse();
        assertThat(evaluator.learnOrganization(Optional.of("kaia"))).isTrue();
        assertThat(evaluator.learnOrganization(Optional.of("kaia"))).isFalse();
        assertThat(evaluator.learnOrganization(Optional.empty())).isFalse();
        assertThat(evaluator.organizationId).isEqualTo("kaia");
        assertThat(evaluator.learnOrganization(Optional.of("kotra"))).isTrue();
    }

    private static EvaluatorDeclaration evaluator() {
        EvaluatorDeclaration declaration = new EvaluatorDeclaration();
        declaration.evaluatorId = "eval-1";
        return declaration;
    }

    private static Candidate candidate(String applicantOrganizationId, String country, String partnerName) {
        Candidate candidate = new Candidate();
        candidate.applicationId = "app-" + applicantOrganizationId;
        candidate.applicantOrganizationId = applicantOrganizationId;
        candidate.applicantName = "Applicant " + applicantOrganizationId;
        candidate.siteCountry = country;
        candidate.partnerName = partnerName;
        return candidate;
    }
}
