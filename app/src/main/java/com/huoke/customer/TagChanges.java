package com.huoke.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Tags to add to and remove from a customer; unknown tags to add are created. */
public record TagChanges(
    @Size(max = 50) List<@NotNull @Valid TagRef> add,
    @Size(max = 50) List<@NotNull @Valid TagRef> remove) {

  public TagChanges {
    add = add == null ? List.of() : add;
    remove = remove == null ? List.of() : remove;
  }
}
