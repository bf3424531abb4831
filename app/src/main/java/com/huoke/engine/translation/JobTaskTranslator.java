package com.huoke.engine.translation;

import com.huoke.workers.embedded.TranslationConventions;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Service and send tasks done by job workers become Operaton external tasks whose topic is the job
 * type; retries and task headers travel as extension properties the embedded runtime reads.
 */
final class JobTaskTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("serviceTask", "sendTask");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of("taskDefinition", "taskHeaders", "ioMapping");
  }

  @Override
  public void translate(Element task, TranslationContext context) {
    Optional<Element> taskDefinition = ZeebeExtensions.find(task, "taskDefinition");
    Optional<String> type = taskDefinition.flatMap(definition -> Dom.attribute(definition, "type"));
    if (type.isEmpty()) {
      context.reject(task, "Expected a zeebe:taskDefinition with a job type, but there is none");
      return;
    }
    FeelValues.requireStatic(type.get(), "job type", task, context)
        .ifPresent(
            topic -> {
              OperatonExtensions.setAttribute(task, "type", "external");
              OperatonExtensions.setAttribute(task, "topic", topic);
            });
    retries(task, taskDefinition.get(), context)
        .ifPresent(
            retries ->
                OperatonExtensions.addProperty(
                    task, TranslationConventions.RETRIES_PROPERTY, Integer.toString(retries)));
    ZeebeExtensions.find(task, "taskHeaders")
        .ifPresent(headers -> translateHeaders(task, headers, context));
    if (IoMappings.translate(task, IoMappings.Support.INPUTS_AND_OUTPUTS, context)) {
      OperatonExtensions.addProperty(task, TranslationConventions.LOCAL_RESULT_PROPERTY, "true");
    }
  }

  private static Optional<Integer> retries(
      Element task, Element taskDefinition, TranslationContext context) {
    Optional<String> retries = Dom.attribute(taskDefinition, "retries");
    if (retries.isEmpty()) {
      return Optional.of(TranslationConventions.DEFAULT_RETRIES);
    }
    return FeelValues.requireStatic(retries.get(), "number of retries", task, context)
        .flatMap(
            text -> {
              try {
                int value = Integer.parseInt(text);
                if (value >= 0) {
                  return Optional.of(value);
                }
              } catch (NumberFormatException notANumber) {
                // reported below
              }
              context.reject(
                  task,
                  "Expected retries to be a whole number of at least 0, but found '%s'"
                      .formatted(text));
              return Optional.empty();
            });
  }

  private static void translateHeaders(Element task, Element headers, TranslationContext context) {
    for (Element header : ZeebeExtensions.children(headers, "header")) {
      String key = header.getAttribute("key").trim();
      if (key.isEmpty()) {
        context.reject(task, "Expected a key on each zeebe:header, but one has none");
      } else if (key.startsWith(TranslationConventions.RESERVED_PREFIX)) {
        context.reject(
            task,
            "Expected task header names outside the reserved prefix '%s', but found '%s'"
                .formatted(TranslationConventions.RESERVED_PREFIX, key));
      } else {
        OperatonExtensions.addProperty(task, key, header.getAttribute("value"));
      }
    }
  }
}
