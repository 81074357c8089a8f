package org.kcity.applications.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kcity.platform.openapi.Examples;

/**
 * An organization named in an application: the applicant itself or a demonstration's foreign partner.
 *
 * @param country the country the organization belongs to (for an international organization: the country office
 *                that applies), ISO 3166-1 alpha-2
 */
public record Organization(
        @Schema(example = Examples.APPLICANT) @NotBlank @Size(max = 200) String name,
        @Schema(example = "LOCAL_GOVERNMENT") @NotNull OrganizationKind kind,
        @Schema(example = "VN") @NotNull @Size(min = 2, max = 2) @Pattern(regexp = "^[A-Z]{2}$", message = "must be an upper-case ISO 3166-1 alpha-2 code") String country) {

    public boolean qualifiesAsKoreanCompany() {
        return kind == OrganizationKind.KOREAN_COMPANY && Countries.KOREA.equals(country);
    }
}
