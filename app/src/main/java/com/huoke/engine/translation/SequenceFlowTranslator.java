package com.huoke.engine.translation;

import java.util.Set;
import org.w3c.dom.Element;

/**
 * Sequence flows; a Zeebe condition {@code =expr} becomes a FEEL condition, which Operaton runs
 * through feel-scala's JSR-223 engine.
 */
final class SequenceFlowTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("sequenceFlow");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of();
  }

  @Override
  public void translate(Element flow, TranslationContext context) {
    Dom.child(flow, Namespaces.BPMN, "conditionExpression")
        .ifPresent(condition -> translateCondition(flow, condition, context));
  }

  private static void translateCondition(
      Element flow, Element condition, TranslationContext context) {
    String text = Dom.text(condition);
    if (!FeelValues.isExpression(text) || FeelValues.expressionBody(text).isEmpty()) {
      context.reject(
          flow, "Expected a FEEL condition starting with '=', but found '%s'".formatted(text));
      return;
    }
    condition.setTextContent(FeelValues.expressionBody(text));
    condition.setAttribute("language", "feel");
    if (!condition.hasAttributeNS(Namespaces.XSI, "type")) {
      String prefix = condition.getPrefix() == null ? "" : condition.getPrefix() + ":";
      condition.setAttributeNS(Namespaces.XSI, "xsi:type", prefix + "tFormalExpression");
    }
  }
}
