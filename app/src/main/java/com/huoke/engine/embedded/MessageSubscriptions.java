package com.huoke.engine.embedded;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * How a message subscription carries its Zeebe correlation key in Operaton: as a local variable on
 * the execution that holds the subscription, so native correlation ({@code localVariableEquals})
 * finds it and it disappears with the subscription's scope.
 */
final class MessageSubscriptions {

  /** Prefix of the local variable that holds a subscription's correlation key. */
  static final String KEY_VARIABLE_PREFIX = "huoke.correlationKey.";

  private MessageSubscriptions() {}

  static String keyVariable(String messageName) {
    return KEY_VARIABLE_PREFIX + messageName;
  }

  /** Zeebe accepts strings and numbers as correlation keys and compares them as strings. */
  static String correlationKey(Object value, String expression, String elementId) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    throw new ProcessEngineException(
        "Expected the correlation key '=%s' of element '%s' to be a string or a number, but it was %s"
            .formatted(
                expression,
                elementId,
                value == null ? "null" : value.getClass().getSimpleName() + " " + value));
  }

  static Connection connection(CommandContext commandContext) {
    return commandContext.getDbSqlSession().getSqlSession().getConnection();
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
