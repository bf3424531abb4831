package com.huoke.engine.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small namespace-aware helpers over {@code org.w3c.dom}, which has no typed child access. */
final class Dom {

  private Dom() {}

  static List<Element> children(Element parent) {
    List<Element> result = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element) {
        result.add(element);
      }
    }
    return result;
  }

  static List<Element> children(Element parent, String namespace, String localName) {
    return children(parent).stream().filter(child -> is(child, namespace, localName)).toList();
  }

  static Optional<Element> child(Element parent, String namespace, String localName) {
    return children(parent, namespace, localName).stream().findFirst();
  }

  static boolean is(Node node, String namespace, String localName) {
    return node instanceof Element
        && namespace.equals(node.getNamespaceURI())
        && localName.equals(node.getLocalName());
  }

  static boolean isBpmn(Node node, String localName) {
    return is(node, Namespaces.BPMN, localName);
  }

  /**
   * An attribute without namespace, absent when missing or blank ({@code getAttribute} gives "").
   */
  static Optional<String> attribute(Element element, String name) {
    String value = element.getAttribute(name);
    return value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** The id of the element or, for unnamed parts such as extension elements, of its owner. */
  static Optional<String> nearestId(Element element) {
    for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
      if (current.hasAttribute("id")) {
        return Optional.of(current.getAttribute("id"));
      }
    }
    return Optional.empty();
  }

  /** A name for messages, with the conventional prefix whatever prefix the document uses. */
  static String displayName(Node node) {
    String namespace = node.getNamespaceURI();
    String prefix =
        namespace == null
            ? ""
            : switch (namespace) {
              case Namespaces.BPMN -> "bpmn:";
              case Namespaces.ZEEBE -> "zeebe:";
              case Namespaces.CAMUNDA -> "camunda:";
              case Namespaces.OPERATON -> "operaton:";
              case Namespaces.BPMNDI -> "bpmndi:";
              default -> node.getPrefix() == null ? "" : node.getPrefix() + ":";
            };
    return prefix + (node.getLocalName() == null ? node.getNodeName() : node.getLocalName());
  }

  static String text(Element element) {
    return element.getTextContent() == null ? "" : element.getTextContent().trim();
  }

  /** Creates a BPMN-namespace element with the prefix the owner document already uses. */
  static Element createBpmn(Element sibling, String localName) {
    String prefix = sibling.getPrefix();
    String qualifiedName = prefix == null ? localName : prefix + ":" + localName;
    return sibling.getOwnerDocument().createElementNS(Namespaces.BPMN, qualifiedName);
  }
}
