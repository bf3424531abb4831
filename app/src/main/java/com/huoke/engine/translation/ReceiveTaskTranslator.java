package com.huoke.engine.translation;

import java.util.Set;
import org.w3c.dom.Element;

/** Receive tasks wait for a message correlated by the message's key. */
final class ReceiveTaskTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("receiveTask");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of("ioMapping");
  }

  @Override
  public void translate(Element task, TranslationContext context) {
    MessageReferences.translate(task, task, true, context);
    IoMappings.translate(task, IoMappings.Support.INPUTS_AND_OUTPUTS, context);
  }
}
