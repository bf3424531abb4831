package com.huoke.engine.embedded;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.delegate.VariableScope;

/**
 * The {@code feel} bean ({@code TranslationConventions.FEEL_BEAN}): evaluates a FEEL expression
 * where Operaton only takes JUEL — timers, assignees, candidate groups, due dates, called elements.
 * The translator writes {@code ${feel.evaluate(execution, "<expr>")}}.
 */
public final class FeelExpressionEvaluator {

  /** Expressions come from deployed BPMN, so the set is small; the bound guards against misuse. */
  private static final int MAX_CACHED_EXPRESSIONS = 5_000;

  private final FeelEngineApi engine =
      FeelEngineBuilder.forJava().withClock(new OperatonFeelClock()).build();
  private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();

  /**
   * Evaluates {@code expression} (without the leading {@code =}) against the variables visible from
   * {@code execution} and returns a value JUEL places accept: durations and periods as ISO 8601
   * strings, date-times as {@link Date}, everything else as FEEL's Java value.
   */
  public Object evaluate(VariableScope execution, String expression) {
    Map<String, Object> variables = execution == null ? Map.of() : execution.getVariables();
    return toJuelValue(evaluate(expression, variables));
  }

  /**
   * Evaluates {@code expression} and returns FEEL's Java value (numbers, lists, maps, dates). A
   * null that FEEL reached by tolerating a failure (a missing variable, a wrong type) is an error,
   * as in Zeebe: the process cannot use it, and the failure says why.
   */
  public Object evaluate(String expression, Map<String, Object> variables) {
    EvaluationResult result = engine.evaluate(parse(expression), variables);
    if (result.isFailure()) {
      throw new ProcessEngineException(
          "Expected to evaluate FEEL expression '%s', but it failed: %s"
              .formatted(expression, result.failure().message()));
    }
    if (result.result() == null && result.hasSuppressedFailures()) {
      throw new ProcessEngineException(
          "Expected FEEL expression '%s' to produce a value, but it was null: %s"
              .formatted(expression, result.suppressedFailures().mkString("; ")));
    }
    return result.result();
  }

  private ParsedExpression parse(String expression) {
    ParsedExpression cached = parsed.get(expression);
    if (cached != null) {
      return cached;
    }
    ParseResult result = engine.parseExpression(expression);
    if (result.isFailure()) {
      throw new ProcessEngineException(
          "Expected a valid FEEL expression, but '%s' does not parse: %s"
              .formatted(expression, result.failure().message()));
    }
    if (parsed.size() < MAX_CACHED_EXPRESSIONS) {
      parsed.put(expression, result.parsedExpression());
    }
    return result.parsedExpression();
  }

  private static Object toJuelValue(Object value) {
    if (value instanceof Duration || value instanceof Period) {
      return value.toString();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return Date.from(dateTime.toInstant());
    }
    if (value instanceof OffsetDateTime dateTime) {
      return Date.from(dateTime.toInstant());
    }
    if (value instanceof LocalDateTime dateTime) {
      return Date.from(dateTime.atZone(ZoneId.systemDefault()).toInstant());
    }
    if (value instanceof LocalDate date) {
      return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
    return value;
  }
}
