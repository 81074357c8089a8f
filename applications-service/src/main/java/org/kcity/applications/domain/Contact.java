package org.kcity.applications.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the program office writes to about an application. */
public record Contact(
        @Schema(example = "Nguyen Thi Lan") @NotBlank @Size(max = 200) String name,
        @Schema(example = "lan.nguyen@danang.gov.vn") @NotBlank @Email @Size(max = 200) String email,
        @Schema(example = "+84 236 3822 111") @Size(max = 50) String phone) {
}
