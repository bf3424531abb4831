package com.huoke.engine.translation;

import com.huoke.workers.embedded.TranslationConventions;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Zeebe values are static text, or FEEL when they start with {@code =}. Operaton takes JUEL in the
 * same places, so FEEL is handed to the runtime's {@code feel} bean, and static text must not
 * smuggle in JUEL of its own.
 */
final class FeelValues {

  /** A FEEL string literal without escapes, such as {@code "PT2H"}: its text is used directly. */
  private static final Pattern SIMPLE_STRING_LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");

  private FeelValues() {}

  static boolean isExpression(String value) {
    return value.trim().startsWith("=");
  }

  /** The FEEL expression without its leading {@code =}. */
  static String expressionBody(String value) {
    return value.trim().substring(1).trim();
  }

  static Optional<String> simpleStringLiteral(String expression) {
    Matcher matcher = SIMPLE_STRING_LITERAL.matcher(expression.trim());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** JUEL that asks the runtime's FEEL bean to evaluate the expression in the current execution. */
  static String feelBeanCall(String expression) {
    String escaped = expression.replace("\\", "\\\\").replace("\"", "\\\"");
    return "${%s.evaluate(execution, \"%s\")}".formatted(TranslationConventions.FEEL_BEAN, escaped);
  }

  /** Quotes static text as a FEEL string literal. */
  static String feelStringLiteral(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * Operaton evaluates {@code ${..}} and {@code #{..}} in most attributes: static text must not.
   */
  static boolean containsEngineExpression(String text) {
    return text.contains("${") || text.contains("#{");
  }

  /**
   * What Operaton should read for a Zeebe value that may be static or FEEL: static text as it is, a
   * FEEL string literal unwrapped, any other FEEL through the {@code feel} bean. Empty (and
   * rejected) when static text would be evaluated by Operaton.
   */
  static Optional<String> toEngineValue(
      String zeebeValue, String what, Element owner, TranslationContext context) {
    String value = zeebeValue.trim();
    if (!isExpression(value)) {
      return staticText(value, what, owner, context);
    }
    String expression = expressionBody(value);
    if (expression.isEmpty()) {
      context.reject(
          owner, "Expected a FEEL expression after '=' in %s, but it is empty".formatted(what));
      return Optional.empty();
    }
    Optional<String> literal = simpleStringLiteral(expression);
    if (literal.isPresent()) {
      return staticText(literal.get(), what, owner, context);
    }
    return Optional.of(feelBeanCall(expression));
  }

  /** A value the embedded engine needs at deploy time or as plain text: FEEL is refused. */
  static Optional<String> requireStatic(
      String zeebeValue, String what, Element owner, TranslationContext context) {
    String value = zeebeValue.trim();
    if (isExpression(value)) {
      context.reject(
          owner, "Expected a static %s, but found the FEEL expression '%s'".formatted(what, value));
      return Optional.empty();
    }
    return staticText(value, what, owner, context);
  }

  private static Optional<String> staticText(
      String value, String what, Element owner, TranslationContext context) {
    if (containsEngineExpression(value)) {
      context.reject(
          owner,
          "Expected %s to be static text or a FEEL expression, but '%s' contains an engine expression"
              .formatted(what, value));
      return Optional.empty();
    }
    return Optional.of(value);
  }
}
