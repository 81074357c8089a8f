package org.kcity.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonParseException;

class FailuresTest {

    @ParameterizedTest(name = "SQLSTATE {0}")
    @ValueSource(strings = { "08001", "08006", "57P01", "57P03", "40001", "40P01", "55P03", "57014", "53300" })
    void database_failures_that_go_away_by_themselves_are_transient(String sqlState) {
        assertThat(Failures.isTransient(wrapped(new SQLException("down", sqlState)))).isTrue();
    }

    @Test
    void a_refused_connection_an_exhausted_pool_and_a_retriable_broker_error_are_transient() {
        assertThat(Failures.isTransient(wrapped(new ConnectException("Connection refused")))).isTrue();
        assertThat(Failures.isTransient(wrapped(new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(Failures.isTransient(new NotLeaderOrFollowerException("moving"))).isTrue();
    }

    @Test
    void a_jvm_error_that_a_transaction_wrapped_still_ends_the_session_and_a_handler_failure_does_not() {
        InternalError jvmError = new InternalError("the JVM's own");
        assertThatThrownBy(() -> Failures.rethrowJvmError(new RuntimeException("transaction failed", jvmError)))
                .isSameAs(jvmError);
        assertThatCode(() -> Failures.rethrowJvmError(new RuntimeException("transaction failed",
                new IllegalStateException("handler bug")))).doesNotThrowAnyException();
        assertThatCode(() -> Failures.rethrowJvmError(new NoClassDefFoundError("a handler's missing class")))
                .doesNotThrowAnyException();
    }

    @Test
    void a_broken_event_a_refused_constraint_and_a_handler_bug_are_not() {
        assertThat(Failures.isTransient(new IllegalArgumentException("bad data",
                new JsonParseException(null, "Unexpected character")))).isFalse();
        assertThat(Failures.isTransient(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(Failures.isTransient(new IllegalStateException("bug"))).isFalse();
        assertThat(Failures.isTransient(new RecordTooLargeException("too large"))).isFalse();
    }

    @Test
    void the_description_names_the_innermost_cause() {
        assertThat(Failures.describe(wrapped(new ConnectException("Connection refused"))))
                .isEqualTo("ConnectException: Connection refused");
    }

    private static RuntimeException wrapped(Exception cause) {
        return new RuntimeException("transaction failed", new IllegalStateException("statement failed", cause));
    }
}
