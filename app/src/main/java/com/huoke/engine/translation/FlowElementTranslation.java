package com.huoke.engine.translation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Sends each flow element to the translator of its type, and does what all of them share: refusing
 * unknown elements, loops, compensation and unknown extensions, and translating {@code
 * zeebe:properties}.
 */
final class FlowElementTranslation {

  private final Map<String, ElementTranslator> translators = new HashMap<>();

  FlowElementTranslation(List<ElementTranslator> translators) {
    for (ElementTranslator translator : translators) {
      translator.elementTypes().forEach(type -> this.translators.put(type, translator));
    }
  }

  void translate(Element element, TranslationContext context) {
    ElementTranslator translator =
        Namespaces.BPMN.equals(element.getNamespaceURI())
            ? translators.get(element.getLocalName())
            : null;
    if (translator == null) {
      context.rejectUnsupported(element);
      return;
    }
    for (String loop : List.of("multiInstanceLoopCharacteristics", "standardLoopCharacteristics")) {
      Dom.children(element, Namespaces.BPMN, loop).forEach(context::rejectUnsupported);
    }
    if ("true".equals(element.getAttribute("isForCompensation").trim())) {
      context.reject(
          element,
          "%s with isForCompensation=\"true\" is not supported by the embedded engine"
              .formatted(Dom.displayName(element)));
    }
    Set<String> supported = new HashSet<>(translator.zeebeExtensions());
    supported.add("properties");
    ZeebeExtensions.rejectUnsupported(element, supported, context);
    ExtensionProperties.translate(element, context);
    translator.translate(element, context);
    OperatonExtensions.removeZeebeExtensions(element);
  }
}
