package com.huoke.engine.translation;

import java.util.Set;
import org.w3c.dom.Element;

/** A process: executable, with a history time to live, and each of its flow elements translated. */
final class ProcessTranslator {

  /** Operaton refuses processes without one (history cleanup); 30 days unless the model says. */
  static final String DEFAULT_HISTORY_TIME_TO_LIVE = "P30D";

  /** Children Operaton reads or ignores as they are: structure and annotations, no behaviour. */
  private static final Set<String> KEPT =
      Set.of("documentation", "extensionElements", "laneSet", "textAnnotation", "association");

  private final FlowElementTranslation flowElements;

  ProcessTranslator(FlowElementTranslation flowElements) {
    this.flowElements = flowElements;
  }

  void translate(Element process, TranslationContext context) {
    if (!"true".equals(process.getAttribute("isExecutable").trim())) {
      context.reject(
          process, "Expected the process to be executable (isExecutable=\"true\"), but it is not");
    }
    if (!process.hasAttributeNS(Namespaces.CAMUNDA, "historyTimeToLive")) {
      OperatonExtensions.setAttribute(process, "historyTimeToLive", DEFAULT_HISTORY_TIME_TO_LIVE);
    }
    ZeebeExtensions.rejectUnsupported(process, Set.of("properties", "versionTag"), context);
    ExtensionProperties.translate(process, context);
    ZeebeExtensions.find(process, "versionTag")
        .flatMap(versionTag -> Dom.attribute(versionTag, "value"))
        .ifPresent(value -> OperatonExtensions.setAttribute(process, "versionTag", value));
    for (Element child : Dom.children(process)) {
      if (!(Namespaces.BPMN.equals(child.getNamespaceURI())
          && KEPT.contains(child.getLocalName()))) {
        flowElements.translate(child, context);
      }
    }
    OperatonExtensions.removeZeebeExtensions(process);
  }
}
