package com.huoke.engine.camunda8;

import com.huoke.engine.EngineNotFoundException;

/** Camunda 8 keys are 64-bit numbers; the gateway speaks them as decimal strings. */
final class Camunda8Keys {

  private Camunda8Keys() {}

  /** A key that is not a number cannot name anything in Camunda 8, so it is simply not found. */
  static long parse(String kind, String key) {
    if (key == null) {
      throw new EngineNotFoundException(kind, null);
    }
    try {
      return Long.parseLong(key.trim());
    } catch (NumberFormatException e) {
      throw new EngineNotFoundException(kind, key);
    }
  }

  /**
   * For search filters: a key that is no number matches nothing, so the caller skips the search.
   */
  static Long parseOrNull(String key) {
    if (key == null) {
      return null;
    }
    try {
      return Long.parseLong(key.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String format(Long key) {
    return key == null ? null : Long.toString(key);
  }
}
