package com.huoke.engine.translation;

import com.huoke.workers.embedded.TranslationConventions;
import org.w3c.dom.Element;

/** {@code zeebe:properties} to {@code camunda:properties}, keeping the reserved prefix free. */
final class ExtensionProperties {

  private ExtensionProperties() {}

  static void translate(Element owner, TranslationContext context) {
    ZeebeExtensions.find(owner, "properties")
        .ifPresent(
            properties -> {
              for (Element property : ZeebeExtensions.children(properties, "property")) {
                String name = property.getAttribute("name").trim();
                if (name.isEmpty()) {
                  context.reject(owner, "Expected a name on each zeebe:property, but one has none");
                } else if (name.startsWith(TranslationConventions.RESERVED_PREFIX)) {
                  context.reject(
                      owner,
                      "Expected property names outside the reserved prefix '%s', but found '%s'"
                          .formatted(TranslationConventions.RESERVED_PREFIX, name));
                } else {
                  OperatonExtensions.addProperty(owner, name, property.getAttribute("value"));
                }
              }
            });
  }
}
