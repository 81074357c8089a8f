package org.kcity.applications.domain;

/** What closed a call's submission window. */
public enum ClosedBy {
    SCHEDULE,
    OFFICER
}
