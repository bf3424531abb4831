package com.huoke.engine.translation;

import com.huoke.engine.UnsupportedBpmnException;
import com.huoke.engine.UnsupportedBpmnException.Rejection;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Translates a Camunda 8 (Zeebe) BPMN file into the dialect of the embedded Operaton engine at
 * deploy time, or rejects it whole, naming every element it cannot run and why.
 *
 * <p>Stateless and thread-safe. What it writes for the runtime is fixed by {@link
 * com.huoke.workers.embedded.TranslationConventions}.
 */
public final class ZeebeBpmnTranslator {

  private final DefinitionsTranslator definitions =
      new DefinitionsTranslator(
          new ProcessTranslator(
              new FlowElementTranslation(
                  List.of(
                      new StartEventTranslator(),
                      new IntermediateCatchEventTranslator(),
                      new IntermediateThrowEventTranslator(),
                      new BoundaryEventTranslator(),
                      new EndEventTranslator(),
                      new JobTaskTranslator(),
                      new UserTaskTranslator(),
                      new ReceiveTaskTranslator(),
                      new CallActivityTranslator(),
                      new GatewayTranslator(),
                      new SequenceFlowTranslator()))));

  /**
   * @param resourceName the file name, used in rejections and kept on the result
   * @param zeebeXml the BPMN as Camunda Modeler saves it for Camunda 8
   * @throws UnsupportedBpmnException with all rejections found, when any element cannot run on the
   *     embedded engine or the XML is malformed
   */
  public TranslatedBpmn translate(String resourceName, byte[] zeebeXml) {
    Document document = BpmnXml.parse(resourceName, zeebeXml);
    Element root = document.getDocumentElement();
    if (!Dom.isBpmn(root, "definitions")) {
      throw new UnsupportedBpmnException(
          resourceName,
          List.of(
              new Rejection(
                  resourceName,
                  "Expected bpmn:definitions as the root element, but found "
                      + Dom.displayName(root))));
    }
    TranslationContext context = new TranslationContext(resourceName);
    ForeignDialectCheck.check(root, context);
    definitions.translate(root, context);
    if (!context.rejections().isEmpty()) {
      throw new UnsupportedBpmnException(resourceName, context.rejections());
    }
    declareNamespace(root, "camunda", Namespaces.CAMUNDA);
    declareNamespace(root, "xsi", Namespaces.XSI);
    List<String> processIds =
        Dom.children(root, Namespaces.BPMN, "process").stream()
            .map(process -> process.getAttribute("id"))
            .toList();
    return new TranslatedBpmn(resourceName, BpmnXml.serialize(document), processIds);
  }

  /** Declared once on the root so the writer does not repeat it on every element that uses it. */
  private static void declareNamespace(Element root, String prefix, String namespace) {
    if (!root.hasAttributeNS(Namespaces.XMLNS, prefix)) {
      root.setAttributeNS(Namespaces.XMLNS, "xmlns:" + prefix, namespace);
    }
  }
}
