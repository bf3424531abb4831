package com.huoke.engine.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every BPMN the product deploys ({@code processes/} at the top of the repository) is a valid
 * Camunda 8 model by Camunda's own rules, translates without rejection, and deploys to Operaton.
 */
class ProcessesDirectoryValidationTest {

  /** Maven runs the app module's tests from {@code app/}. */
  private static final Path PROCESSES = Path.of("..", "processes");

  @RegisterExtension static final InMemoryOperaton operaton = new InMemoryOperaton();

  private final ZeebeBpmnTranslator translator = new ZeebeBpmnTranslator();

  @Test
  void processesDirectoryExists() {
    assertThat(PROCESSES).isDirectory();
  }

  @TestFactory
  Stream<DynamicTest> everyProcessIsValidCamunda8AndRunsOnTheEmbeddedEngine() throws IOException {
    List<Path> models = bpmnFiles();
    if (models.isEmpty()) {
      return Stream.of(
          dynamicTest(
              "processes/ holds no BPMN yet",
              () ->
                  Assumptions.abort("no *.bpmn under " + PROCESSES.toAbsolutePath().normalize())));
    }
    return models.stream().flatMap(this::checksOf);
  }

  private Stream<DynamicTest> checksOf(Path model) {
    String name = PROCESSES.relativize(model).toString();
    byte[] xml = TranslationResources.read(model);
    return Stream.of(
        dynamicTest(
            name + " passes Camunda's model validation",
            () -> assertThat(CamundaModelValidation.errors(xml)).isEmpty()),
        dynamicTest(
            name + " translates and deploys to Operaton",
            () -> {
              TranslatedBpmn translated = translator.translate(name, xml);
              assertThat(translated.processIds()).isNotEmpty();
              operaton.deploy(model.getFileName().toString(), translated.operatonXml());
            }));
  }

  private static List<Path> bpmnFiles() throws IOException {
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
