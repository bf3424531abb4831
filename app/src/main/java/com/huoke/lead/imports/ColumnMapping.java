package com.huoke.lead.imports;

import com.huoke.web.InvalidField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which lead field each column of a file fills: the caller's mapping first (header → field, or
 * {@value #IGNORE}), then the headers {@link LeadFields} recognises. Other columns are kept in the
 * lead's raw data under their header.
 */
final class ColumnMapping {

  static final String IGNORE = "ignore";

  private final List<String> headers;
  private final Map<Integer, String> fieldByColumn;
  private final Set<Integer> ignored;

  private ColumnMapping(
      List<String> headers, Map<Integer, String> fieldByColumn, Set<Integer> ignored) {
    this.headers = headers;
    this.fieldByColumn = fieldByColumn;
    this.ignored = ignored;
  }

  /** Problems with a caller's mapping, each named {@code mapping.<header>}. */
  static List<InvalidField> check(Map<String, String> overrides) {
    List<InvalidField> errors = new ArrayList<>();
    overrides.forEach(
        (header, field) -> {
          if (field != null && !field.equals(IGNORE) && !LeadFields.isField(field)) {
            errors.add(
                new InvalidField(
                    "mapping." + header,
                    "must be one of %s or %s, but got '%s'"
                        .formatted(LeadFields.names(), IGNORE, field)));
          }
        });
    return errors;
  }

  /** The mapping of a file with these headers; {@link ImportFileException} when it cannot work. */
  static ColumnMapping of(List<String> headers, Map<String, String> overrides) {
    List<String> names = headers.stream().map(String::strip).toList();
    Set<String> unknown = new HashSet<>(overrides.keySet());
    unknown.removeAll(names);
    if (!unknown.isEmpty()) {
      throw new ImportFileException(
          "Expected the file to have the mapped columns %s, but its header is %s"
              .formatted(unknown, names));
    }
    Map<Integer, String> fields = new HashMap<>();
    Set<Integer> ignored = new HashSet<>();
    Set<String> taken = new HashSet<>();
    for (int column = 0; column < names.size(); column++) {
      String header = names.get(column);
      String field =
          overrides.containsKey(header)
              ? overrides.get(header)
              : LeadFields.ofHeader(header).orElse(null);
      if (IGNORE.equals(field) || (field == null && overrides.containsKey(header))) {
        ignored.add(column);
      } else if (field != null && taken.add(field)) {
        fields.put(column, field);
      }
    }
    if (taken.stream().noneMatch(LeadFields.CONTACTS::contains)) {
      throw new ImportFileException(
          "Expected a column for the phone, WeChat id or e-mail (e.g. 手机号, 微信, 邮箱), but the"
              + " header is %s; name one or map it".formatted(names));
    }
    return new ColumnMapping(names, fields, ignored);
  }

  /** The field column {@code column} fills; {@code null} for raw data or ignored columns. */
  String field(int column) {
    return fieldByColumn.get(column);
  }

  boolean ignored(int column) {
    return ignored.contains(column);
  }

  String header(int column) {
    return column < headers.size() ? headers.get(column) : "column " + (column + 1);
  }

  /** The header of the column that fills {@code field}, or {@code null}. */
  String headerOf(String field) {
    return fieldByColumn.entrySet().stream()
        .filter(e -> e.getValue().equals(field))
        .map(e -> headers.get(e.getKey()))
        .findFirst()
        .orElse(null);
  }

  int columns() {
    return headers.size();
  }
}
