package com.huoke.engine;

/** The engine has no process, instance, task or incident with the given key. */
public class EngineNotFoundException extends RuntimeException {

  private final String kind;
  private final String key;

  public EngineNotFoundException(String kind, String key) {
    super("Expected to find %s '%s', but none exists".formatted(kind, key));
    this.kind = kind;
    this.key = key;
  }

  public String kind() {
    return kind;
  }

  public String key() {
    return key;
  }
}
