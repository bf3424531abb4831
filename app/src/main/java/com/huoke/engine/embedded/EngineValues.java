package com.huoke.engine.embedded;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** Conversions between Operaton's values and the gateway records. */
final class EngineValues {

  private EngineValues() {}

  static OffsetDateTime dateTime(Date date) {
    return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }

  /** Drops the engine's own bookkeeping variables (correlation keys) from what callers see. */
  static Map<String, Object> visible(Map<String, Object> variables) {
    Map<String, Object> visible = new LinkedHashMap<>();
    variables.forEach(
        (name, value) -> {
          if (!name.startsWith(MessageSubscriptions.KEY_VARIABLE_PREFIX)) {
            visible.put(name, value);
          }
        });
    return visible;
  }
}
