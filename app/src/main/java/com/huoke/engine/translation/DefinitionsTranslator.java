package com.huoke.engine.translation;

import com.huoke.engine.translation.TranslationContext.MessageDefinition;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The root {@code bpmn:definitions}: messages and errors first (flow elements refer to them), then
 * the processes; collaboration and diagram interchange are kept, anything else refused.
 */
final class DefinitionsTranslator {

  private static final Set<String> KEPT =
      Set.of("documentation", "extensionElements", "collaboration");

  private final ProcessTranslator processes;

  DefinitionsTranslator(ProcessTranslator processes) {
    this.processes = processes;
  }

  void translate(Element definitions, TranslationContext context) {
    ZeebeExtensions.rejectUnsupported(definitions, Set.of(), context);
    List<Element> children = Dom.children(definitions);
    for (Element child : children) {
      if (Dom.isBpmn(child, "message")) {
        translateMessage(child, context);
      } else if (Dom.isBpmn(child, "error")) {
        registerError(child, context);
      }
    }
    if (Dom.children(definitions, Namespaces.BPMN, "process").isEmpty()) {
      context.reject(definitions, "Expected at least one bpmn:process, but found none");
    }
    for (Element child : children) {
      if (Dom.isBpmn(child, "process")) {
        processes.translate(child, context);
      } else if (!isKept(child)) {
        context.rejectUnsupported(child);
      }
    }
  }

  private static boolean isKept(Element child) {
    if (Namespaces.BPMNDI.equals(child.getNamespaceURI())) {
      return "BPMNDiagram".equals(child.getLocalName());
    }
    return Namespaces.BPMN.equals(child.getNamespaceURI())
        && (KEPT.contains(child.getLocalName())
            || Set.of("message", "error").contains(child.getLocalName()));
  }

  private static void translateMessage(Element message, TranslationContext context) {
    ZeebeExtensions.rejectUnsupported(message, Set.of("subscription"), context);
    Optional<String> name = Dom.attribute(message, "name");
    if (name.isEmpty()) {
      context.reject(message, "Expected the message to have a name, but it has none");
      return;
    }
    if (FeelValues.isExpression(name.get())) {
      // Operaton subscribes by a fixed name; Zeebe evaluates this one per instance
      context.reject(
          message,
          "Expected a static message name, but found the FEEL expression '%s'"
              .formatted(name.get()));
      return;
    }
    Optional<String> correlationKey =
        ZeebeExtensions.find(message, "subscription")
            .flatMap(subscription -> Dom.attribute(subscription, "correlationKey"))
            .map(
                key ->
                    FeelValues.isExpression(key)
                        ? FeelValues.expressionBody(key)
                        : FeelValues.feelStringLiteral(key))
            .filter(key -> !key.isEmpty());
    context.registerMessage(
        new MessageDefinition(message.getAttribute("id"), name.get(), correlationKey));
    OperatonExtensions.removeZeebeExtensions(message);
  }

  private static void registerError(Element error, TranslationContext context) {
    Optional<String> code = Dom.attribute(error, "errorCode");
    if (code.isPresent() && FeelValues.isExpression(code.get())) {
      context.reject(
          error,
          "Expected a static error code, but found the FEEL expression '%s'".formatted(code.get()));
      code = Optional.empty();
    }
    context.registerError(error.getAttribute("id"), code);
  }
}
