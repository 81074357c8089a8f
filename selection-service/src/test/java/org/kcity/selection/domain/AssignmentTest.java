package org.kcity.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.kcity.platform.problem.ApiProblem;

class AssignmentTest {

    private static final OffsetDateTime ASSIGNED = OffsetDateTime.parse("2026-04-01T09:00:00Z");

    @Test
    void an_active_assignment_lets_its_evaluator_in() {
        assertThatCode(() -> assignment().requireActive()).doesNotThrowAnyException();
    }

    @Test
    void a_suspended_assignment_looks_to_its_evaluator_as_if_the_application_did_not_exist() {
        Assignment assignment = assignment();
        assignment.suspend("declared a conflict with country GH", ASSIGNED.plusDays(1));

        assertThat(assignment.isSuspended()).isTrue();
        assertThatThrownBy(assignment::requireActive).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(404);
            assertThat(problem.getMessage()).isEqualTo("Application app-1 does not exist");
        });
    }

    @Test
    void a_suspension_keeps_its_first_reason_and_time() {
        Assignment assignment = assignment();
        assignment.suspend("declared a conflict with country GH", ASSIGNED.plusDays(1));
        assignment.suspend("belongs to organization gov-gh", ASSIGNED.plusDays(2));

        assertThat(assignment.suspensionReason).isEqualTo("declared a conflict with country GH");
        assertThat(assignment.suspendedAt).isEqualTo(ASSIGNED.plusDays(1));
    }

    private static Assignment assignment() {
        Candidate candidate = new Candidate();
        candidate.applicationId = "app-1";
        candidate.callId = "call-1";
        return new Assignment(candidate, "eval-1", "officer-1", ASSIGNED);
    }
}
