package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a JSON request body as the REST API's schema declares it: field names, required
 * fields and value types. The real gateway refuses unknown properties and wrong types with a 400,
 * so a client that sends a misspelt field fails against this fake too.
 */
@FunctionalInterface
interface JsonShape {

  /** Adds one sentence per violation under {@code path} to {@code violations}. */
  void check(JsonNode node, String path, List<String> violations);

  static JsonShape string() {
    return (node, path, violations) -> {
      if (!node.isTextual()) {
        violations.add("Expected %s to be a string, but was %s".formatted(path, node));
      }
    };
  }

  static JsonShape integer() {
    return (node, path, violations) -> {
      if (!node.isIntegralNumber()) {
        violations.add("Expected %s to be an integer, but was %s".formatted(path, node));
      }
    };
  }

  static JsonShape bool() {
    return (node, path, violations) -> {
      if (!node.isBoolean()) {
        violations.add("Expected %s to be a boolean, but was %s".formatted(path, node));
      }
    };
  }

  /** Keys travel as strings of decimal digits (LongKey in the schema). */
  static JsonShape key() {
    return (node, path, violations) -> {
      if (!node.isTextual() || !node.asText().matches("-?\\d+")) {
        violations.add(
            "Expected %s to be a key (a string of digits), but was %s".formatted(path, node));
      }
    };
  }

  static JsonShape dateTime() {
    return (node, path, violations) -> {
      try {
        OffsetDateTime.parse(node.asText());
      } catch (DateTimeParseException e) {
        violations.add("Expected %s to be an RFC 3339 date-time, but was %s".formatted(path, node));
      }
    };
  }

  /** A date-time, or the empty string that clears it (user task updates). */
  static JsonShape clearableDateTime() {
    JsonShape date = dateTime();
    return (node, path, violations) -> {
      if (!node.asText().isEmpty()) {
        date.check(node, path, violations);
      }
    };
  }

  static JsonShape oneOf(String... values) {
    Set<String> allowed = Set.of(values);
    return (node, path, violations) -> {
      if (!node.isTextual() || !allowed.contains(node.asText())) {
        violations.add(
            "Expected %s to be one of %s, but was %s"
                .formatted(path, Arrays.toString(values), node));
      }
    };
  }

  /** A free-form object, like {@code variables}. */
  static JsonShape anyObject() {
    return (node, path, violations) -> {
      if (!node.isObject()) {
        violations.add("Expected %s to be an object, but was %s".formatted(path, node));
      }
    };
  }

  static JsonShape arrayOf(JsonShape item) {
    return (node, path, violations) -> {
      if (!node.isArray()) {
        violations.add("Expected %s to be an array, but was %s".formatted(path, node));
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        item.check(node.get(i), path + "[" + i + "]", violations);
      }
    };
  }

  /** An object with exactly these fields; unknown ones are refused like the real gateway does. */
  static JsonShape object(Field... fields) {
    Map<String, Field> byName = new LinkedHashMap<>();
    for (Field field : fields) {
      byName.put(field.name(), field);
    }
    return (node, path, violations) -> {
      if (!node.isObject()) {
        violations.add("Expected %s to be an object, but was %s".formatted(path, node));
        return;
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!byName.containsKey(name)) {
          violations.add("Request property [%s] cannot be parsed".formatted(join(path, name)));
        }
      }
      for (Field field : byName.values()) {
        JsonNode value = node.get(field.name());
        if (value == null || value.isNull()) {
          if (field.required()) {
            violations.add("No %s provided.".formatted(join(path, field.name())));
          }
        } else {
          field.shape().check(value, join(path, field.name()), violations);
        }
      }
    };
  }

  /**
   * A search filter property: the plain value, or an object of operators ({@code $eq}, {@code $in},
   * ...) from {@code operators}, each holding values of {@code value}'s shape.
   */
  static JsonShape filter(JsonShape value, String... operators) {
    JsonShape plainOrList = value;
    Set<String> allowed = Set.of(operators);
    return (node, path, violations) -> {
      if (!node.isObject()) {
        plainOrList.check(node, path, violations);
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> operator = it.next();
        String at = join(path, operator.getKey());
        if (!allowed.contains(operator.getKey())) {
          violations.add("Request property [%s] cannot be parsed".formatted(at));
        } else if (operator.getKey().equals("$exists")) {
          bool().check(operator.getValue(), at, violations);
        } else if (operator.getKey().equals("$in") || operator.getKey().equals("$notIn")) {
          arrayOf(value).check(operator.getValue(), at, violations);
        } else {
          value.check(operator.getValue(), at, violations);
        }
      }
    };
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** One field of an object shape. */
  record Field(String name, JsonShape shape, boolean required) {

    static Field required(String name, JsonShape shape) {
      return new Field(name, shape, true);
    }

    static Field optional(String name, JsonShape shape) {
      return new Field(name, shape, false);
    }
  }
}
