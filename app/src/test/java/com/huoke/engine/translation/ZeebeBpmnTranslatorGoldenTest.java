package com.huoke.engine.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * One golden pair per supported construct: {@code <construct>.zeebe.bpmn} translates to {@code
 * <construct>.operaton.bpmn}, which Operaton deploys. Run with {@code -Dgolden.update=true} to
 * rewrite the expected files after an intended change, then review the diff.
 */
class ZeebeBpmnTranslatorGoldenTest {

  @RegisterExtension static final InMemoryOperaton operaton = new InMemoryOperaton();

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static List<String> constructs() {
    return TranslationResources.constructs();
  }

  @Test
  void hasAGoldenPairForEverySupportedConstruct() {
    assertThat(constructs())
        .contains(
            "service-task",
            "io-mapping",
            "conditions",
            "parallel-gateway",
            "event-based-gateway",
            "timer-start",
            "timer-intermediate",
            "timer-boundary",
            "message-start",
            "message-intermediate",
            "receive-task",
            "message-boundary",
            "errors",
            "user-task",
            "call-activity",
            "properties",
            "collaboration");
    assertThat(constructs())
        .allSatisfy(construct -> assertThat(TranslationResources.operatonFile(construct)).exists());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructs")
  void zeebeInputIsAValidCamunda8Model(String construct) {
    assertThat(
            CamundaModelValidation.errors(
                TranslationResources.read(TranslationResources.zeebeFile(construct))))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructs")
  void translatesToTheGoldenOperatonModel(String construct) throws IOException {
    byte[] actual = TranslationResources.translate(construct).operatonXml();
    if (UPDATE) {
      Files.write(TranslationResources.operatonFile(construct), actual);
    }
    Diff diff =
        DiffBuilder.compare(TranslationResources.read(TranslationResources.operatonFile(construct)))
            .withTest(actual)
            .ignoreWhitespace()
            .ignoreComments()
            .checkForSimilar()
            .build();
    assertThat(diff.hasDifferences())
        .as("%s differs from its golden file:%n%s", construct, diff.fullDescription())
        .isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructs")
  void translationDeploysToOperaton(String construct) {
    TranslatedBpmn translated = TranslationResources.translate(construct);

    operaton.deploy(translated.resourceName(), translated.operatonXml());

    List<String> deployedKeys =
        operaton
            .engine()
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKeyIn(translated.processIds().toArray(String[]::new))
            .list()
            .stream()
            .map(ProcessDefinition::getKey)
            .distinct()
            .toList();
    assertThat(deployedKeys).containsExactlyInAnyOrderElementsOf(translated.processIds());
  }
}
