package org.kcity.applications.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who the program office writes to about an application. */
public record Contact(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 200) String email,
        @Size(max = 50) String phone) {
}
