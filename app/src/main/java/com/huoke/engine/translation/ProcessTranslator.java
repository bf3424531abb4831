package com.huoke.engine.translation;

import java.util.List;
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
    rejectSeveralNoneOrTimerStartEvents(process, context);
    for (Element child : Dom.children(process)) {
      if (!(Namespaces.BPMN.equals(child.getNamespaceURI())
          && KEPT.contains(child.getLocalName()))) {
        flowElements.translate(child, context);
      }
    }
    OperatonExtensions.removeZeebeExtensions(process);
  }

  /** Zeebe allows a none start beside timer starts; Operaton's parser refuses more than one. */
  private static void rejectSeveralNoneOrTimerStartEvents(
      Element process, TranslationContext context) {
    List<String> startEvents =
        Dom.children(process, Namespaces.BPMN, "startEvent").stream()
            .filter(
                start ->
                    Dom.children(start).stream()
                            .noneMatch(child -> child.getLocalName().endsWith("EventDefinition"))
                        || Dom.child(start, Namespaces.BPMN, "timerEventDefinition").isPresent())
            .map(start -> start.getAttribute("id"))
            .toList();
    if (startEvents.size() > 1) {
      context.reject(
          process,
          "Expected at most one none or timer start event in a process, but found %d: %s"
              .formatted(startEvents.size(), String.join(", ", startEvents)));
    }
  }
}
