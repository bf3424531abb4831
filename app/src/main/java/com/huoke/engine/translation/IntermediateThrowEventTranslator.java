package com.huoke.engine.translation;

import java.util.Set;
import org.w3c.dom.Element;

/**
 * None intermediate throw events, which models use as milestones; the throwing kinds (message,
 * signal, escalation, ...) are refused.
 */
final class IntermediateThrowEventTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("intermediateThrowEvent");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of("ioMapping");
  }

  @Override
  public void translate(Element event, TranslationContext context) {
    EventDefinitions.classify(event, Set.of(), context);
    IoMappings.translate(event, IoMappings.Support.INPUTS_AND_OUTPUTS, context);
  }
}
