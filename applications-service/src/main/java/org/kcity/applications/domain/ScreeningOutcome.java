package org.kcity.applications.domain;

public enum ScreeningOutcome {
    SCREENED_IN,
    SCREENED_OUT;

    ApplicationStatus status() {
        return ApplicationStatus.valueOf(name());
    }
}
