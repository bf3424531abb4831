package com.huoke.workers.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Type;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts between the engine's variables and the Java types workers declare, the way Camunda's
 * client does it: through JSON (Jackson), ignoring properties a target type does not have.
 */
final class JobVariables {

  private final ObjectMapper mapper;

  JobVariables(ObjectMapper mapper) {
    this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** One variable as the given (possibly generic) parameter type. */
  Object convert(Object value, Type type) {
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    if (value == null || javaType.getRawClass().isInstance(value) && !javaType.isContainerType()) {
      return value;
    }
    return mapper.convertValue(value, javaType);
  }

  /** The variables a worker returned or attached to an error, as engine variables. */
  Map<String, Object> toVariables(Object result) {
    if (result == null) {
      return Map.of();
    }
    Map<?, ?> map =
        result instanceof Map<?, ?> given ? given : mapper.convertValue(result, Map.class);
    Map<String, Object> variables = new LinkedHashMap<>();
    map.forEach((name, value) -> variables.put(String.valueOf(name), toEngineValue(value)));
    return variables;
  }

  String toJson(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Expected variables to be JSON-serialisable", e);
    }
  }

  /**
   * Values the engine stores natively stay as they are; anything else (records, maps, lists)
   * becomes the plain maps and lists a JSON document would give, which FEEL and every worker can
   * read back without the producing class on the classpath.
   */
  private Object toEngineValue(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Double
        || value instanceof Date
        || value instanceof byte[]) {
      return value;
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    return mapper.convertValue(value, Object.class);
  }
}
