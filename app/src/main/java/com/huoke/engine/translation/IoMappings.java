package com.huoke.engine.translation;

import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * {@code zeebe:ioMapping} to {@code camunda:inputOutput}: FEEL sources become FEEL scripts, which
 * Operaton runs through feel-scala's JSR-223 engine; static sources stay plain text.
 */
final class IoMappings {

  /** Which directions Operaton honours on an element type (its parser ignores some silently). */
  enum Support {
    INPUTS_AND_OUTPUTS,
    INPUTS_ONLY,
    OUTPUTS_ONLY
  }

  /** Zeebe allows nested targets ({@code a.b}); Operaton would make one variable named "a.b". */
  private static final Pattern VARIABLE_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$-]*");

  private IoMappings() {}

  /**
   * Translates the element's {@code zeebe:ioMapping}, if any.
   *
   * @return whether the element got output parameters
   */
  static boolean translate(Element owner, Support support, TranslationContext context) {
    return ZeebeExtensions.find(owner, "ioMapping")
        .map(ioMapping -> translate(owner, ioMapping, support, context))
        .orElse(false);
  }

  private static boolean translate(
      Element owner, Element ioMapping, Support support, TranslationContext context) {
    var inputs = ZeebeExtensions.children(ioMapping, "input");
    var outputs = ZeebeExtensions.children(ioMapping, "output");
    for (Element unknown : Dom.children(ioMapping)) {
      if (!Dom.is(unknown, Namespaces.ZEEBE, "input")
          && !Dom.is(unknown, Namespaces.ZEEBE, "output")) {
        context.reject(
            owner,
            "Expected zeebe:input or zeebe:output in zeebe:ioMapping, but found %s"
                .formatted(Dom.displayName(unknown)));
      }
    }
    String type = Dom.displayName(owner);
    if (!inputs.isEmpty() && support == Support.OUTPUTS_ONLY) {
      context.reject(
          owner, "zeebe:input on %s is not supported by the embedded engine".formatted(type));
      return false;
    }
    if (!outputs.isEmpty() && support == Support.INPUTS_ONLY) {
      context.reject(
          owner, "zeebe:output on %s is not supported by the embedded engine".formatted(type));
      return false;
    }
    if (inputs.isEmpty() && outputs.isEmpty()) {
      return false;
    }
    Element inputOutput = OperatonExtensions.inputOutput(owner);
    inputs.forEach(input -> addParameter(owner, inputOutput, input, "inputParameter", context));
    outputs.forEach(output -> addParameter(owner, inputOutput, output, "outputParameter", context));
    return !outputs.isEmpty();
  }

  private static void addParameter(
      Element owner,
      Element inputOutput,
      Element mapping,
      String parameterType,
      TranslationContext context) {
    String what = Dom.displayName(mapping);
    String source = mapping.getAttribute("source").trim();
    String target = mapping.getAttribute("target").trim();
    if (!VARIABLE_NAME.matcher(target).matches()) {
      context.reject(
          owner,
          "Expected the target of %s to be a variable name, but found '%s'"
              .formatted(what, target));
      return;
    }
    if (source.isEmpty()) {
      context.reject(
          owner, "Expected a source in %s for '%s', but it is empty".formatted(what, target));
      return;
    }
    Element parameter = OperatonExtensions.appendChild(inputOutput, parameterType);
    parameter.setAttribute("name", target);
    if (FeelValues.isExpression(source)) {
      String expression = FeelValues.expressionBody(source);
      if (expression.isEmpty()) {
        context.reject(
            owner,
            "Expected a FEEL expression after '=' for '%s', but it is empty".formatted(target));
        return;
      }
      Element script = OperatonExtensions.appendChild(parameter, "script");
      script.setAttribute("scriptFormat", "feel");
      script.setTextContent(expression);
    } else if (FeelValues.containsEngineExpression(source)) {
      // Operaton evaluates ${..} in text parameters; a Zeebe static value must stay inert
      context.reject(
          owner,
          "Expected the source of '%s' to be static text or a FEEL expression, but '%s' contains an engine expression"
              .formatted(target, source));
    } else {
      parameter.setTextContent(source);
    }
  }
}
