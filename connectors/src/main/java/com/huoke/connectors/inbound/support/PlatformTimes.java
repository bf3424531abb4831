package com.huoke.connectors.inbound.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The time formats the Chinese platforms use in their payloads. */
public final class PlatformTimes {

  /** The zone of every local date-time the platforms send. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private PlatformTimes() {}

  /**
   * A {@code yyyy-MM-dd HH:mm:ss} date-time in China's zone, or {@code null} when absent or in
   * another format.
   */
  public static Instant parseChinaDateTime(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.trim(), LOCAL_DATE_TIME).atZone(CHINA).toInstant();
    } catch (DateTimeParseException notThisFormat) {
      return null;
    }
  }

  /** Epoch milliseconds as an instant, or {@code null} when absent or not positive. */
  public static Instant fromEpochMillis(Long millis) {
    return millis == null || millis <= 0 ? null : Instant.ofEpochMilli(millis);
  }
}
