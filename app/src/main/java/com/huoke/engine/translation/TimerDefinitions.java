package com.huoke.engine.translation;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * Timer definitions: ISO 8601 literals are kept, FEEL string literals unwrapped, other FEEL handed
 * to the runtime's {@code feel} bean.
 */
final class TimerDefinitions {

  /** The three ways BPMN states when a timer fires. */
  enum Kind {
    TIME_DATE("timeDate"),
    TIME_DURATION("timeDuration"),
    TIME_CYCLE("timeCycle");

    private final String localName;

    Kind(String localName) {
      this.localName = localName;
    }
  }

  private static final Pattern DURATION =
      Pattern.compile(
          "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+([.,]\\d+)?S)?)?");

  private static final Pattern REPEATING_INTERVAL = Pattern.compile("R\\d*/\\S+");

  private TimerDefinitions() {}

  /**
   * Rewrites the timer's value in place.
   *
   * @param expressionsAllowed false where Operaton evaluates the timer without an execution (start
   *     events), so only literals can work
   */
  static void translate(
      Element event,
      Element timerDefinition,
      Set<Kind> allowed,
      boolean expressionsAllowed,
      TranslationContext context) {
    List<Element> values =
        Dom.children(timerDefinition).stream()
            .filter(child -> Namespaces.BPMN.equals(child.getNamespaceURI()))
            .filter(child -> kindOf(child).isPresent())
            .toList();
    if (values.size() != 1) {
      context.reject(
          event,
          "Expected one of timeDate, timeDuration or timeCycle in the timer, but found %d"
              .formatted(values.size()));
      return;
    }
    Element value = values.get(0);
    Kind kind = kindOf(value).orElseThrow();
    if (!allowed.contains(kind)) {
      context.reject(
          event,
          "Expected a timer with %s on %s, but found %s"
              .formatted(
                  allowed.stream()
                      .map(k -> k.localName)
                      .sorted()
                      .collect(Collectors.joining(" or ")),
                  Dom.displayName(event),
                  kind.localName));
      return;
    }
    String text = Dom.text(value);
    String literal = text;
    if (FeelValues.isExpression(text)) {
      String expression = FeelValues.expressionBody(text);
      Optional<String> stringLiteral = FeelValues.simpleStringLiteral(expression);
      if (stringLiteral.isPresent()) {
        literal = stringLiteral.get();
      } else if (!expressionsAllowed) {
        context.reject(
            event,
            "Expected a static %s on %s, but found the FEEL expression '%s'"
                .formatted(kind.localName, Dom.displayName(event), text));
        return;
      } else {
        value.setTextContent(FeelValues.feelBeanCall(expression));
        return;
      }
    }
    String checked = literal;
    validLiteral(kind, checked)
        .ifPresentOrElse(
            reason -> context.reject(event, reason), () -> value.setTextContent(checked));
  }

  private static Optional<Kind> kindOf(Element element) {
    for (Kind kind : Kind.values()) {
      if (kind.localName.equals(element.getLocalName())) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Why the literal is unusable, if it is. */
  private static Optional<String> validLiteral(Kind kind, String text) {
    if (FeelValues.containsEngineExpression(text)) {
      return Optional.of(
          "Expected an ISO 8601 %s or a FEEL expression, but '%s' contains an engine expression"
              .formatted(kind.localName, text));
    }
    boolean valid =
        switch (kind) {
          case TIME_DURATION -> DURATION.matcher(text).matches();
          case TIME_DATE -> isDateTime(text);
          case TIME_CYCLE -> REPEATING_INTERVAL.matcher(text).matches();
        };
    if (valid) {
      return Optional.empty();
    }
    String expected =
        switch (kind) {
          case TIME_DURATION -> "an ISO 8601 duration such as PT2H";
          case TIME_DATE -> "an ISO 8601 date-time such as 2025-01-31T09:00:00+08:00";
          // Zeebe also takes cron here; Operaton's cron dialect differs, so it is refused
          case TIME_CYCLE -> "an ISO 8601 repeating interval such as R/PT1H";
        };
    return Optional.of("Expected %s, but found '%s'".formatted(expected, text));
  }

  private static boolean isDateTime(String text) {
    try {
      ZonedDateTime.parse(text);
      return true;
    } catch (DateTimeParseException zoned) {
      try {
        LocalDateTime.parse(text);
        return true;
      } catch (DateTimeParseException local) {
        return false;
      }
    }
  }
}
