package com.huoke.engine.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden and rejected BPMN files, read from the source tree so golden files can be rewritten.
 */
final class TranslationResources {

  static final Path DIRECTORY = Path.of("src", "test", "resources", "translation");
  static final Path REJECTED = DIRECTORY.resolve("rejected");

  private static final String ZEEBE_SUFFIX = ".zeebe.bpmn";
  private static final String OPERATON_SUFFIX = ".operaton.bpmn";

  private TranslationResources() {}

  /** Every construct with a {@code <construct>.zeebe.bpmn} input, sorted. */
  static List<String> constructs() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(ZEEBE_SUFFIX))
          .map(name -> name.substring(0, name.length() - ZEEBE_SUFFIX.length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path zeebeFile(String construct) {
    return DIRECTORY.resolve(construct + ZEEBE_SUFFIX);
  }

  static Path operatonFile(String construct) {
    return DIRECTORY.resolve(construct + OPERATON_SUFFIX);
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TranslatedBpmn translate(String construct) {
    return new ZeebeBpmnTranslator().translate(construct + ".bpmn", read(zeebeFile(construct)));
  }
}
