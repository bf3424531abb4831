package com.huoke.engine;

import java.time.Duration;
import java.util.Map;

/**
 * A message to correlate by name and correlation key. {@code messageId}, when set, makes publishing
 * idempotent while the message is buffered; {@code timeToLive} zero means correlate now or drop.
 */
public record PublishMessage(
    String name,
    String correlationKey,
    Duration timeToLive,
    String messageId,
    Map<String, Object> variables) {
  public PublishMessage {
    timeToLive = timeToLive == null ? Duration.ZERO : timeToLive;
    variables = variables == null ? Map.of() : Map.copyOf(variables);
  }
}
