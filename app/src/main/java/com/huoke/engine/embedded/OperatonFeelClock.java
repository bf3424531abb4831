package com.huoke.engine.embedded;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.feel.FeelEngineClock;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * FEEL's {@code now()} and {@code today()} read the engine clock, so a process test that moves the
 * engine clock moves FEEL's too. Registered for feel-scala's JSR-223 engine through {@code
 * META-INF/services} and used by {@link FeelExpressionEvaluator}.
 */
public final class OperatonFeelClock implements FeelEngineClock {

  @Override
  public ZonedDateTime getCurrentTime() {
    return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
