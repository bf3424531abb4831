package com.huoke.engine.translation;

import java.util.List;
import org.w3c.dom.Element;

/** Writes Operaton's extensions ({@code camunda:} namespace) onto BPMN elements. */
final class OperatonExtensions {

  private static final String PREFIX = "camunda:";

  private OperatonExtensions() {}

  static void setAttribute(Element element, String localName, String value) {
    element.setAttributeNS(Namespaces.CAMUNDA, PREFIX + localName, value);
  }

  static Element appendChild(Element parent, String localName) {
    Element child =
        parent.getOwnerDocument().createElementNS(Namespaces.CAMUNDA, PREFIX + localName);
    parent.appendChild(child);
    return child;
  }

  /** The element's {@code bpmn:extensionElements}, created where the schema wants it if absent. */
  static Element extensionElements(Element owner) {
    return Dom.child(owner, Namespaces.BPMN, "extensionElements")
        .orElseGet(
            () -> {
              Element created = Dom.createBpmn(owner, "extensionElements");
              // BPMN's schema orders documentation first, then extensionElements, then the rest
              Element before =
                  Dom.children(owner).stream()
                      .filter(child -> !Dom.isBpmn(child, "documentation"))
                      .findFirst()
                      .orElse(null);
              owner.insertBefore(created, before);
              return created;
            });
  }

  /** Adds one {@code camunda:property}, sharing the element's single {@code camunda:properties}. */
  static void addProperty(Element owner, String name, String value) {
    Element extensions = extensionElements(owner);
    Element properties =
        Dom.child(extensions, Namespaces.CAMUNDA, "properties")
            .orElseGet(() -> appendChild(extensions, "properties"));
    Element property = appendChild(properties, "property");
    property.setAttribute("name", name);
    property.setAttribute("value", value);
  }

  /** The element's single {@code camunda:inputOutput}. */
  static Element inputOutput(Element owner) {
    Element extensions = extensionElements(owner);
    return Dom.child(extensions, Namespaces.CAMUNDA, "inputOutput")
        .orElseGet(() -> appendChild(extensions, "inputOutput"));
  }

  /**
   * Removes the Zeebe extension elements once translated and an {@code extensionElements} left
   * empty.
   */
  static void removeZeebeExtensions(Element owner) {
    Dom.child(owner, Namespaces.BPMN, "extensionElements")
        .ifPresent(
            extensions -> {
              List<Element> zeebe =
                  Dom.children(extensions).stream()
                      .filter(child -> Namespaces.ZEEBE.equals(child.getNamespaceURI()))
                      .toList();
              zeebe.forEach(extensions::removeChild);
              if (Dom.children(extensions).isEmpty()) {
                owner.removeChild(extensions);
              }
            });
  }
}
