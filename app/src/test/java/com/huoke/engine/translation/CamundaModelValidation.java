package com.huoke.engine.translation;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResultType;

/**
 * Camunda's own checks of a Camunda 8 model: the BPMN schema ({@code Bpmn.validateModel}) and the
 * design-time rules Zeebe applies at deploy.
 */
final class CamundaModelValidation {

  private CamundaModelValidation() {}

  /**
   * The problems Camunda 8 would refuse the model for, as "element: message"; throws when the model
   * does not even read or fails the schema.
   */
  static List<String> errors(byte[] zeebeXml) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(zeebeXml));
    Bpmn.validateModel(model);
    return model.validate(ZeebeDesignTimeValidators.VALIDATORS).getResults().entrySet().stream()
        .flatMap(
            entry ->
                entry.getValue().stream()
                    .filter(result -> result.getType() == ValidationResultType.ERROR)
                    .map(result -> describe(entry.getKey()) + ": " + result.getMessage()))
        .toList();
  }

  private static String describe(ModelElementInstance element) {
    String id = element.getAttributeValue("id");
    return id != null ? id : element.getElementType().getTypeName();
  }
}
