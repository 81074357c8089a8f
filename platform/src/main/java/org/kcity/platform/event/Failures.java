package org.kcity.platform.event;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure of the infrastructure, which goes away by itself and is waited out, from a failure of the event
 * or of the code that applies it, which no retry can cure.
 */
final class Failures {

    /**
     * SQLSTATEs of failures that the same statement survives when tried again later: the database restarting or in
     * recovery, too many connections, serialization failures, deadlocks, lock and statement timeouts.
     */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03", // lock_not_available
            "57014", // query_canceled (statement timeout)
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now (starting up, in recovery)
            "53300", // too_many_connections
            "53400"); // configuration_limit_exceeded

    private Failures() {
    }

    /** True when anything in the cause chain is a connection, pool, lock, timeout or broker failure. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof RetriableException
                    || cause instanceof SocketException || cause instanceof SocketTimeoutException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof jakarta.persistence.QueryTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // Agroal reports an exhausted pool ("acquisition timeout") without a state.
            return sql.getMessage() != null && sql.getMessage().toLowerCase().contains("acquisition timeout");
        }
        return state.startsWith("08") || TRANSIENT_SQL_STATES.contains(state);
    }

    /**
     * Throws the JVM's own error (out of memory, an internal error, ...) if one is anywhere in the cause chain: a
     * transaction wraps what its work threw, and such an error must still end the consumer's session instead of
     * counting as the event's failure.
     */
    static void rethrowJvmError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof VirtualMachineError error) {
                throw error;
            }
        }
    }

    /** The innermost cause, as {@code ExceptionClass: message}: what an operator needs to see first. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
