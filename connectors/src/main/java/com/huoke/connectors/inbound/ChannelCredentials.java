package com.huoke.connectors.inbound;

import java.util.Map;

/** The secrets and settings of one configured channel, by the names its receiver declares. */
public record ChannelCredentials(Map<String, String> values) {

  public ChannelCredentials {
    values = values == null ? Map.of() : Map.copyOf(values);
  }

  /** A value the receiver cannot work without; its absence is a configuration error. */
  public String require(String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Expected channel setting '" + name + "', but it is not set");
    }
    return value;
  }

  /** An optional value, or {@code null}. */
  public String optional(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? null : value;
  }
}
