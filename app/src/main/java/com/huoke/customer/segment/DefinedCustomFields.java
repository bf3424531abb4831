package com.huoke.customer.segment;

import com.huoke.customer.CustomFieldView;
import com.huoke.customer.CustomFields;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The custom field definitions as a {@link CustomFieldCatalog}, read when a rule needs one. */
@Component
public class DefinedCustomFields {

  private final CustomFields fields;

  DefinedCustomFields(CustomFields fields) {
    this.fields = fields;
  }

  /** A catalog of the definitions as they are now; it reads them on its first look-up only. */
  public CustomFieldCatalog current() {
    return new CustomFieldCatalog() {
      private Map<String, CustomFieldView> byKey;

      @Override
      public Optional<CustomFieldView> find(String key) {
        if (byKey == null) {
          byKey =
              fields.definitions().stream()
                  .collect(Collectors.toMap(CustomFieldView::key, Function.identity()));
        }
        return Optional.ofNullable(byKey.get(key));
      }
    };
  }
}
