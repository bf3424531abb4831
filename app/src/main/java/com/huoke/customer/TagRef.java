package com.huoke.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A tag by category and name, e.g. {@code {"category": "VALUE", "name": "高价值"}}. */
public record TagRef(@NotNull TagCategory category, @NotBlank @Size(max = 100) String name) {

  public TagRef {
    name = name == null ? null : name.strip();
  }
}
