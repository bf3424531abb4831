package com.huoke.engine.translation;

import com.huoke.engine.UnsupportedBpmnException.Rejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * State of one file's translation: the rejections found so far (all are reported, not only the
 * first) and the root-level definitions that flow elements refer to.
 */
final class TranslationContext {

  private final String resourceName;
  private final List<Rejection> rejections = new ArrayList<>();
  private final Map<String, MessageDefinition> messages = new HashMap<>();
  private final Map<String, Optional<String>> errorCodes = new HashMap<>();

  TranslationContext(String resourceName) {
    this.resourceName = resourceName;
  }

  String resourceName() {
    return resourceName;
  }

  void reject(Element element, String reason) {
    rejections.add(new Rejection(Dom.nearestId(element).orElse(resourceName), reason));
  }

  void rejectUnsupported(Element element) {
    reject(element, Dom.displayName(element) + " is not supported by the embedded engine");
  }

  List<Rejection> rejections() {
    return List.copyOf(rejections);
  }

  void registerMessage(MessageDefinition message) {
    messages.put(message.id(), message);
  }

  Optional<MessageDefinition> message(String id) {
    return Optional.ofNullable(messages.get(id));
  }

  /** Records a {@code bpmn:error}; its code is empty when it has none usable. */
  void registerError(String id, Optional<String> errorCode) {
    errorCodes.put(id, errorCode);
  }

  boolean hasError(String id) {
    return errorCodes.containsKey(id);
  }

  Optional<String> errorCode(String id) {
    return errorCodes.getOrDefault(id, Optional.empty());
  }

  /**
   * A {@code bpmn:message} as catch events need it.
   *
   * @param correlationKey the FEEL correlation key without {@code =}; empty when the message has no
   *     {@code zeebe:subscription}
   */
  record MessageDefinition(String id, String name, Optional<String> correlationKey) {}
}
