package org.kcity.applications.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organization named in an application: the applicant itself or a demonstration's foreign partner.
 *
 * @param country the country the organization belongs to (for an international organization: the country office
 *                that applies), ISO 3166-1 alpha-2
 */
public record Organization(@NotBlank @Size(max = 200) String name, @NotNull OrganizationKind kind,
        @NotNull @Size(min = 2, max = 2) @Pattern(regexp = "^[A-Z]{2}$", message = "must be an upper-case ISO 3166-1 alpha-2 code") String country) {

    public boolean qualifiesAsKoreanCompany() {
        return kind == OrganizationKind.KOREAN_COMPANY && Countries.KOREA.equals(country);
    }
}
