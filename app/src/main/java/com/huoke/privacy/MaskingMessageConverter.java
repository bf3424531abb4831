package com.huoke.privacy;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %m} / {@code %msg} / {@code %message} with personal data masked ({@link
 * LogMasking}); {@code logback-spring.xml} registers it for those words, so every pattern, Boot's
 * defaults included, masks.
 */
public class MaskingMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return LogMasking.mask(super.convert(event));
  }
}
