package com.huoke.engine.translation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/** Reads the {@code zeebe:} extension elements of a BPMN element. */
final class ZeebeExtensions {

  private ZeebeExtensions() {}

  static List<Element> all(Element owner) {
    return Dom.child(owner, Namespaces.BPMN, "extensionElements")
        .map(Dom::children)
        .orElse(List.of());
  }

  static Optional<Element> find(Element owner, String localName) {
    return all(owner).stream()
        .filter(extension -> Dom.is(extension, Namespaces.ZEEBE, localName))
        .findFirst();
  }

  static List<Element> children(Element zeebeElement, String localName) {
    return Dom.children(zeebeElement, Namespaces.ZEEBE, localName);
  }

  /**
   * Rejects each extension element the owner's translator does not understand: another vendor's, a
   * Zeebe feature the embedded engine lacks, or a duplicate that Zeebe would refuse too.
   */
  static void rejectUnsupported(Element owner, Set<String> supported, TranslationContext context) {
    List<Element> extensions = all(owner);
    for (Element extension : extensions) {
      String name = Dom.displayName(extension);
      if (Namespaces.CAMUNDA.equals(extension.getNamespaceURI())
          || Namespaces.OPERATON.equals(extension.getNamespaceURI())) {
        continue; // reported by ForeignDialectCheck
      }
      if (!Namespaces.ZEEBE.equals(extension.getNamespaceURI())) {
        context.reject(
            owner, "Expected only zeebe: extension elements, but found %s".formatted(name));
      } else if (!supported.contains(extension.getLocalName())) {
        context.reject(
            owner,
            "%s on %s is not supported by the embedded engine"
                .formatted(name, Dom.displayName(owner)));
      } else if (extensions.stream()
              .filter(other -> Dom.is(other, Namespaces.ZEEBE, extension.getLocalName()))
              .findFirst()
              .orElseThrow()
          != extension) {
        context.reject(owner, "Expected one %s, but found several".formatted(name));
      }
    }
  }
}
