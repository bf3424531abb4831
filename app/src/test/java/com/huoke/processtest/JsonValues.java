package com.huoke.processtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/** Compares values the way Zeebe holds them: as JSON, so 80, 80L and 80.0 are the same number. */
final class JsonValues {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new JavaTimeModule()).build();

  private JsonValues() {}

  static boolean equivalent(Object expected, Object actual) {
    return MAPPER
        .valueToTree(expected)
        .equals(
            (left, right) -> {
              if (left.isNumber() && right.isNumber()) {
                return left.decimalValue().compareTo(right.decimalValue()) == 0 ? 0 : 1;
              }
              return left.equals(right) ? 0 : 1;
            },
            MAPPER.valueToTree(actual));
  }

  static String describe(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      return String.valueOf(value);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object value) {
    JsonNode tree = MAPPER.valueToTree(value);
    return MAPPER.convertValue(tree, Map.class);
  }
}
