package org.kcity.applications.domain;

public enum OrganizationKind {
    CENTRAL_GOVERNMENT,
    LOCAL_GOVERNMENT,
    PUBLIC_AGENCY,
    INTERNATIONAL_ORGANIZATION,
    KOREAN_COMPANY;

    public boolean isPublicBody() {
        return this != KOREAN_COMPANY;
    }
}
