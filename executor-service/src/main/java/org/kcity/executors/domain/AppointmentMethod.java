package org.kcity.executors.domain;

public enum AppointmentMethod {
    TENDER,
    DEMONSTRATION_APPLICANT
}
