package com.huoke.customer.segment;

import com.huoke.customer.CustomFieldView;
import java.util.Optional;

/** The custom field definitions a rule is checked against. */
@FunctionalInterface
public interface CustomFieldCatalog {

  /** The definition with {@code key}, if one exists. */
  Optional<CustomFieldView> find(String key);
}
