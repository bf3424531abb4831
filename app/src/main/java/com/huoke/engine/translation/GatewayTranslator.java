package com.huoke.engine.translation;

import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Exclusive, parallel and event-based gateways stay as they are. An event-based gateway is checked
 * against Operaton's rules, which refuse at deploy what Zeebe might accept.
 */
final class GatewayTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("exclusiveGateway", "parallelGateway", "eventBasedGateway");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of();
  }

  @Override
  public void translate(Element gateway, TranslationContext context) {
    if (Dom.isBpmn(gateway, "eventBasedGateway")) {
      checkEventTargets(gateway, context);
    }
  }

  private static void checkEventTargets(Element gateway, TranslationContext context) {
    FlowGraph graph = FlowGraph.of((Element) gateway.getParentNode());
    List<Element> outgoing = graph.outgoing(gateway.getAttribute("id"));
    if (outgoing.size() < 2) {
      context.reject(
          gateway,
          "Expected an event-based gateway to have at least two outgoing sequence flows, but it has %d"
              .formatted(outgoing.size()));
    }
    for (Element flow : outgoing) {
      String targetId = flow.getAttribute("targetRef");
      graph
          .element(targetId)
          .ifPresent(
              target -> {
                if (!Dom.isBpmn(target, "intermediateCatchEvent")) {
                  context.reject(
                      gateway,
                      "Expected the targets of an event-based gateway to be intermediate catch events, but '%s' is a %s"
                          .formatted(targetId, Dom.displayName(target)));
                } else if (graph.incoming(targetId).size() > 1) {
                  context.reject(
                      gateway,
                      "Expected catch event '%s' after an event-based gateway to have no other incoming flow, but it has %d"
                          .formatted(targetId, graph.incoming(targetId).size()));
                }
              });
    }
  }
}
