package org.kcity.applications.domain;

public enum CallStatus {
    DRAFT,
    OPEN,
    CLOSED
}
