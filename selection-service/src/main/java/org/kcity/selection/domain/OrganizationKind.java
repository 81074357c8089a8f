package org.kcity.selection.domain;

public enum OrganizationKind {
    CENTRAL_GOVERNMENT,
    LOCAL_GOVERNMENT,
    PUBLIC_AGENCY,
    INTERNATIONAL_ORGANIZATION,
    KOREAN_COMPANY
}
