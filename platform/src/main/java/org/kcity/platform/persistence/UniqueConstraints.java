package org.kcity.platform.persistence;

import org.hibernate.exception.ConstraintViolationException;

/** Tells which database constraint a failed write broke, whatever wrapped the failure on its way out of a flush. */
public final class UniqueConstraints {

    private UniqueConstraints() {
    }

    /** True when {@code failure}, or anything in its cause chain, is a violation of the constraint {@code name}. */
    public static boolean violated(Throwable failure, String name) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && name.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
