package com.huoke.engine.translation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/** The flow elements of one process by id, with the sequence flows between them. */
final class FlowGraph {

  private final Map<String, Element> elements;
  private final List<Element> sequenceFlows;

  private FlowGraph(Map<String, Element> elements, List<Element> sequenceFlows) {
    this.elements = elements;
    this.sequenceFlows = sequenceFlows;
  }

  static FlowGraph of(Element process) {
    Map<String, Element> elements = new HashMap<>();
    for (Element child : Dom.children(process)) {
      Dom.attribute(child, "id").ifPresent(id -> elements.put(id, child));
    }
    return new FlowGraph(elements, Dom.children(process, Namespaces.BPMN, "sequenceFlow"));
  }

  Optional<Element> element(String id) {
    return Optional.ofNullable(elements.get(id));
  }

  List<Element> outgoing(String id) {
    return sequenceFlows.stream()
        .filter(flow -> id.equals(flow.getAttribute("sourceRef")))
        .toList();
  }

  List<Element> incoming(String id) {
    return sequenceFlows.stream()
        .filter(flow -> id.equals(flow.getAttribute("targetRef")))
        .toList();
  }
}
