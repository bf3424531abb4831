package com.huoke.engine.translation;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Refuses Operaton's own dialect in the input: a {@code camunda:class} or {@code
 * camunda:expression} would run code on the server, so only what the translator writes may carry
 * that namespace. Also refuses Zeebe attributes the translator does not know.
 */
final class ForeignDialectCheck {

  private ForeignDialectCheck() {}

  static void check(Element element, TranslationContext context) {
    if (isEngineNamespace(element.getNamespaceURI())) {
      context.reject(
          element,
          "Expected the Camunda 8 dialect, but found %s".formatted(Dom.displayName(element)));
      return;
    }
    if (Namespaces.ZEEBE.equals(element.getNamespaceURI())
        && !(element.getParentNode() instanceof Element parent
            && (Dom.isBpmn(parent, "extensionElements")
                || Namespaces.ZEEBE.equals(parent.getNamespaceURI())))) {
      context.reject(
          element,
          "Expected %s inside bpmn:extensionElements, but found it elsewhere"
              .formatted(Dom.displayName(element)));
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      checkAttribute(element, (Attr) attributes.item(i), context);
    }
    Dom.children(element).forEach(child -> check(child, context));
  }

  private static void checkAttribute(Element owner, Attr attribute, TranslationContext context) {
    String namespace = attribute.getNamespaceURI();
    if (isEngineNamespace(namespace) && !isHistoryTimeToLiveOfProcess(owner, attribute)) {
      context.reject(
          owner,
          "Expected the Camunda 8 dialect, but found the attribute %s"
              .formatted(Dom.displayName(attribute)));
    } else if (Namespaces.ZEEBE.equals(namespace)
        && !attribute.getLocalName().startsWith("modelerTemplate")) {
      context.reject(
          owner,
          "%s is not supported by the embedded engine".formatted(Dom.displayName(attribute)));
    }
  }

  private static boolean isEngineNamespace(String namespace) {
    return Namespaces.CAMUNDA.equals(namespace) || Namespaces.OPERATON.equals(namespace);
  }

  /** The one Operaton attribute a model may bring: its own history time to live. */
  private static boolean isHistoryTimeToLiveOfProcess(Element owner, Attr attribute) {
    return Namespaces.CAMUNDA.equals(attribute.getNamespaceURI())
        && "historyTimeToLive".equals(attribute.getLocalName())
        && Dom.isBpmn(owner, "process");
  }
}
