package com.huoke.lead.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.lead.NewLead;
import com.huoke.lead.SourcePlatform;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns one row into a valid {@link NewLead} — the same validation as {@code POST /api/v1/leads} —
 * or the reasons it is not one.
 */
@Component
class RowLeads {

  private final ObjectMapper json;
  private final Validator validator;

  RowLeads(ObjectMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  /** A row and what became of it: a lead, or errors. */
  record Result(NewLead lead, List<RowError> errors) {
    boolean valid() {
      return lead != null;
    }
  }

  Result read(int row, List<String> cells, ColumnMapping mapping, SourcePlatform platform) {
    Map<String, Object> fields = new LinkedHashMap<>();
    Map<String, Object> rawData = new LinkedHashMap<>();
    List<RowError> errors = new ArrayList<>();
    for (int column = 0; column < cells.size(); column++) {
      String value = cells.get(column) == null ? "" : cells.get(column).strip();
      if (value.isEmpty() || mapping.ignored(column)) {
        continue;
      }
      String field = mapping.field(column);
      if (field == null) {
        rawData.put(mapping.header(column), value);
      } else {
        Optional<Object> parsed = LeadValues.parse(field, value);
        if (parsed.isPresent()) {
          fields.put(field, parsed.get());
        } else {
          errors.add(
              new RowError(
                  row,
                  mapping.header(column),
                  field,
                  "must be one of %s, but got '%s'".formatted(LeadValues.allowed(field), value)));
        }
      }
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    fields.putIfAbsent(LeadFields.SOURCE_PLATFORM, platform);
    if (!rawData.isEmpty()) {
      fields.put("rawData", rawData);
    }
    NewLead lead = json.convertValue(fields, NewLead.class);
    List<ConstraintViolation<NewLead>> violations =
        validator.validate(lead).stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .toList();
    if (violations.isEmpty()) {
      return new Result(lead, List.of());
    }
    for (ConstraintViolation<NewLead> violation : violations) {
      String field = violation.getPropertyPath().toString();
      errors.add(new RowError(row, mapping.headerOf(field), field, violation.getMessage()));
    }
    return new Result(null, errors);
  }
}
