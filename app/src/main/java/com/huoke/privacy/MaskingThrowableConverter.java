package com.huoke.privacy;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Boot's {@code %wEx} with personal data masked: exception messages (constraint violations, SQL
 * errors) can quote the values that caused them.
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy tp) {
    return LogMasking.mask(super.throwableProxyToString(tp));
  }
}
