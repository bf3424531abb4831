package com.huoke.engine.translation;

import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * User tasks, whether Camunda user tasks ({@code zeebe:userTask}) or job-worker ones: form,
 * assignment, schedule and priority become Operaton's user task attributes.
 */
final class UserTaskTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("userTask");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of(
        "userTask",
        "formDefinition",
        "assignmentDefinition",
        "taskSchedule",
        "priorityDefinition",
        "ioMapping");
  }

  @Override
  public void translate(Element task, TranslationContext context) {
    ZeebeExtensions.find(task, "formDefinition")
        .ifPresent(form -> translateForm(task, form, context));
    ZeebeExtensions.find(task, "assignmentDefinition")
        .ifPresent(
            assignment -> {
              copy(task, assignment, "assignee", "assignee", context);
              copy(task, assignment, "candidateGroups", "candidateGroups", context);
              copy(task, assignment, "candidateUsers", "candidateUsers", context);
            });
    ZeebeExtensions.find(task, "taskSchedule")
        .ifPresent(
            schedule -> {
              copy(task, schedule, "dueDate", "dueDate", context);
              copy(task, schedule, "followUpDate", "followUpDate", context);
            });
    ZeebeExtensions.find(task, "priorityDefinition")
        .ifPresent(priority -> copy(task, priority, "priority", "priority", context));
    IoMappings.translate(task, IoMappings.Support.INPUTS_AND_OUTPUTS, context);
  }

  private static void translateForm(Element task, Element form, TranslationContext context) {
    Optional<String> formId = Dom.attribute(form, "formId");
    Optional<String> externalReference = Dom.attribute(form, "externalReference");
    if (formId.isPresent()) {
      FeelValues.requireStatic(formId.get(), "form id", task, context)
          .ifPresent(id -> OperatonExtensions.setAttribute(task, "formRef", id));
      formBinding(task, form, context)
          .ifPresent(binding -> OperatonExtensions.setAttribute(task, "formRefBinding", binding));
    } else if (externalReference.isPresent()) {
      FeelValues.toEngineValue(externalReference.get(), "externalReference", task, context)
          .ifPresent(key -> OperatonExtensions.setAttribute(task, "formKey", key));
    } else {
      context.reject(
          task,
          "Expected zeebe:formDefinition to have a formId or externalReference, but found %s"
              .formatted(
                  Dom.attribute(form, "formKey")
                      .map(key -> "the embedded form key '%s'".formatted(key))
                      .orElse("neither")));
    }
  }

  private static Optional<String> formBinding(
      Element task, Element form, TranslationContext context) {
    String bindingType = Dom.attribute(form, "bindingType").orElse("latest");
    return switch (bindingType) {
      case "latest", "deployment" -> Optional.of(bindingType);
      default -> {
        context.reject(
            task,
            "Expected form bindingType latest or deployment, but found '%s'"
                .formatted(bindingType));
        yield Optional.empty();
      }
    };
  }

  private static void copy(
      Element task,
      Element extension,
      String zeebeAttribute,
      String operatonAttribute,
      TranslationContext context) {
    Dom.attribute(extension, zeebeAttribute)
        .flatMap(value -> FeelValues.toEngineValue(value, zeebeAttribute, task, context))
        .ifPresent(value -> OperatonExtensions.setAttribute(task, operatonAttribute, value));
  }
}
