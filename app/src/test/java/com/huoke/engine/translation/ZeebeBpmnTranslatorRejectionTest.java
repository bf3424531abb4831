package com.huoke.engine.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.engine.UnsupportedBpmnException;
import com.huoke.engine.UnsupportedBpmnException.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the embedded engine cannot run is rejected at deploy, naming the element and the reason. The
 * cases are data: {@code translation/rejected/*.bpmn} with the expected element id and reason
 * fragment in {@code rejected/index.json}.
 */
class ZeebeBpmnTranslatorRejectionTest {

  private final ZeebeBpmnTranslator translator = new ZeebeBpmnTranslator();

  /** One rejected file and the rejection it must produce (among possibly others). */
  record RejectionCase(String file, String elementId, String reason) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<RejectionCase> cases() throws IOException {
    return new ObjectMapper()
        .readValue(
            TranslationResources.REJECTED.resolve("index.json").toFile(),
            new TypeReference<List<RejectionCase>>() {});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejectsNamingTheElementAndTheReason(RejectionCase expected) {
    byte[] xml = TranslationResources.read(TranslationResources.REJECTED.resolve(expected.file()));

    UnsupportedBpmnException rejected = rejectionOf(expected.file(), xml);

    assertThat(rejected.resourceName()).isEqualTo(expected.file());
    assertThat(rejected.rejections())
        .as("rejections of %s", expected.file())
        .anySatisfy(
            rejection -> {
              assertThat(rejection.elementId()).isEqualTo(expected.elementId());
              assertThat(rejection.reason()).contains(expected.reason());
            });
  }

  @Test
  void everyRejectedFileHasAnExpectation() throws IOException {
    try (Stream<Path> files = Files.list(TranslationResources.REJECTED)) {
      List<String> bpmnFiles =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".bpmn"))
              .toList();
      assertThat(cases().stream().map(RejectionCase::file))
          .containsExactlyInAnyOrderElementsOf(bpmnFiles);
    }
  }

  @Test
  void reportsEveryRejectionOfAFileAtOnce() {
    String xml =
        """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_1" targetNamespace="t">
          <bpmn:process id="several-problems" isExecutable="true">
            <bpmn:startEvent id="StartEvent_1" />
            <bpmn:scriptTask id="ScriptTask_1" />
            <bpmn:inclusiveGateway id="Gateway_1" />
            <bpmn:serviceTask id="ServiceTask_1" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    UnsupportedBpmnException rejected =
        rejectionOf("several.bpmn", xml.getBytes(StandardCharsets.UTF_8));

    assertThat(rejected.rejections())
        .extracting(Rejection::elementId)
        .containsExactly("ScriptTask_1", "Gateway_1", "ServiceTask_1");
    assertThat(rejected.getMessage())
        .startsWith("Cannot deploy several.bpmn: element 'ScriptTask_1': bpmn:scriptTask is not");
  }

  @Test
  void rejectsMalformedXmlNamingTheResourceAndLine() {
    byte[] xml =
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process>\n</bpmn:definitions>"
            .getBytes(StandardCharsets.UTF_8);

    UnsupportedBpmnException rejected = rejectionOf("broken.bpmn", xml);

    assertThat(rejected.rejections())
        .singleElement()
        .satisfies(
            rejection -> {
              assertThat(rejection.elementId()).isEqualTo("broken.bpmn");
              assertThat(rejection.reason()).startsWith("Expected well-formed XML, but line 3");
            });
  }

  @Test
  void refusesDoctypesSoNoExternalEntityIsEverRead() {
    byte[] xml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&secret;</bpmn:definitions>
        """
            .getBytes(StandardCharsets.UTF_8);

    UnsupportedBpmnException rejected = rejectionOf("xxe.bpmn", xml);

    assertThat(rejected.rejections())
        .singleElement()
        .satisfies(rejection -> assertThat(rejection.reason()).contains("DOCTYPE"));
  }

  @Test
  void rejectsAFileThatIsNotBpmn() {
    UnsupportedBpmnException rejected =
        rejectionOf("form.bpmn", "<form id=\"qualify-lead\"/>".getBytes(StandardCharsets.UTF_8));

    assertThat(rejected.rejections())
        .singleElement()
        .satisfies(
            rejection ->
                assertThat(rejection.reason())
                    .isEqualTo("Expected bpmn:definitions as the root element, but found form"));
  }

  @Test
  void rejectsDefinitionsWithoutAProcess() {
    byte[] xml =
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"Definitions_Empty\"/>"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(rejectionOf("empty.bpmn", xml).rejections())
        .containsExactly(
            new Rejection(
                "Definitions_Empty", "Expected at least one bpmn:process, but found none"));
  }

  private UnsupportedBpmnException rejectionOf(String resourceName, byte[] xml) {
    UnsupportedBpmnException rejected =
        catchThrowableOfType(
            UnsupportedBpmnException.class, () -> translator.translate(resourceName, xml));
    assertThat(rejected).as("%s should be rejected", resourceName).isNotNull();
    return rejected;
  }
}
