package org.kcity.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.kcity.platform.problem.ApiProblem;

class CallTest {

    private static final OffsetDateTime CLOSED_AT = OffsetDateTime.parse("2026-05-01T00:00:00Z");

    @Test
    void a_closed_call_is_publishable_only_once_every_submission_it_counted_has_arrived() {
        Call call = call();
        call.close(CLOSED_AT, 5);

        assertThat(call.missingSubmissions(3)).isEqualTo(2);
        assertThatThrownBy(() -> call.requirePublishable(3)).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.toProblem("/").errors()).singleElement()
                    .satisfies(error -> assertThat(error.code()).isEqualTo("SUBMISSIONS_MISSING"));
            assertThat(problem.getMessage()).contains("missing 2 of the 5");
        });
        assertThatCode(() -> call.requirePublishable(5)).doesNotThrowAnyException();
    }

    @Test
    void an_open_call_is_not_publishable_whatever_has_arrived() {
        assertThatThrownBy(() -> call().requirePublishable(10)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.toProblem("/").errors().get(0).code()).isEqualTo("CALL_NOT_CLOSED"));
    }

    @Test
    void a_call_closed_before_its_count_was_kept_expects_nothing() {
        Call call = call();
        call.closedAt = CLOSED_AT;

        assertThat(call.missingSubmissions(0)).isZero();
        assertThatCode(() -> call.requirePublishable(0)).doesNotThrowAnyException();
    }

    private static Call call() {
        Call call = new Call();
        call.id = "call-1";
        return call;
    }
}
