package com.huoke.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A custom field to define, e.g. {@code {"key": "budget", "label": "预算", "type": "NUMBER"}}; {@code
 * options} are required for OPTION fields and not allowed for the others.
 */
public record NewCustomField(
    @NotBlank
        @Pattern(
            regexp = "[a-z][a-z0-9_]{0,49}",
            message = "must be 1 to 50 lower-case letters, digits or '_', starting with a letter")
        String key,
    @NotBlank @Size(max = 100) String label,
    @NotNull CustomFieldType type,
    @Size(max = 100) List<@NotBlank @Size(max = 100) String> options) {

  public NewCustomField {
    options = options == null ? List.of() : options.stream().map(String::strip).toList();
  }
}
