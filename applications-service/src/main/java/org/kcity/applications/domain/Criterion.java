package org.kcity.applications.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An evaluation criterion; the weights of a call's criteria sum to 100. */
public record Criterion(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name,
        @NotNull @Min(1) @Max(100) Integer weight) {
}
