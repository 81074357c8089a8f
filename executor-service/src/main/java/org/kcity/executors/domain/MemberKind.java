package org.kcity.executors.domain;

public enum MemberKind {
    /** An official of the host country's government. */
    OVERSEAS_OFFICIAL,
    EXPERT
}
