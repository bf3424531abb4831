package com.huoke.engine.translation;

import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Call activities: the called process id, its version binding, and Zeebe's variable propagation
 * expressed with {@code camunda:in} / {@code camunda:out}.
 */
final class CallActivityTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("callActivity");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of("calledElement", "ioMapping");
  }

  @Override
  public void translate(Element callActivity, TranslationContext context) {
    Optional<Element> calledElement = ZeebeExtensions.find(callActivity, "calledElement");
    Optional<String> processId =
        calledElement.flatMap(called -> Dom.attribute(called, "processId"));
    if (processId.isEmpty()) {
      context.reject(
          callActivity, "Expected a zeebe:calledElement with a processId, but there is none");
      return;
    }
    FeelValues.toEngineValue(processId.get(), "processId", callActivity, context)
        .ifPresent(id -> callActivity.setAttribute("calledElement", id));
    translateBinding(callActivity, calledElement.get(), context);
    boolean hasOutputs =
        IoMappings.translate(callActivity, IoMappings.Support.INPUTS_AND_OUTPUTS, context);

    Element extensions = OperatonExtensions.extensionElements(callActivity);
    Element in = OperatonExtensions.appendChild(extensions, "in");
    in.setAttribute("variables", "all");
    if (isFalse(calledElement.get(), "propagateAllParentVariables")) {
      // only the call activity's own (input-mapped) variables reach the child, as in Zeebe
      in.setAttribute("local", "true");
    }
    boolean propagateAllChildVariables =
        !isFalse(calledElement.get(), "propagateAllChildVariables");
    if (propagateAllChildVariables || hasOutputs) {
      Element out = OperatonExtensions.appendChild(extensions, "out");
      out.setAttribute("variables", "all");
      if (!propagateAllChildVariables) {
        // child variables stay local to the call activity, where the output mappings read them
        out.setAttribute("local", "true");
      }
    }
  }

  private static void translateBinding(
      Element callActivity, Element calledElement, TranslationContext context) {
    String bindingType = Dom.attribute(calledElement, "bindingType").orElse("latest");
    switch (bindingType) {
      case "latest" -> {}
      case "deployment" ->
          OperatonExtensions.setAttribute(callActivity, "calledElementBinding", "deployment");
      case "versionTag" ->
          Dom.attribute(calledElement, "versionTag")
              .ifPresentOrElse(
                  tag -> {
                    OperatonExtensions.setAttribute(
                        callActivity, "calledElementBinding", "versionTag");
                    OperatonExtensions.setAttribute(callActivity, "calledElementVersionTag", tag);
                  },
                  () ->
                      context.reject(
                          callActivity,
                          "Expected a versionTag with bindingType versionTag, but there is none"));
      default ->
          context.reject(
              callActivity,
              "Expected bindingType latest, deployment or versionTag, but found '%s'"
                  .formatted(bindingType));
    }
  }

  private static boolean isFalse(Element element, String attribute) {
    return Dom.attribute(element, attribute).filter("false"::equals).isPresent();
  }
}
