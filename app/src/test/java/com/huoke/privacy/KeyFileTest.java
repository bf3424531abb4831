package com.huoke.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

  @TempDir Path dir;

  @Test
  void generatesRandomKeysOnceAndReadsTheSameOnesAfterwards() throws Exception {
    Path file = dir.resolve("nested/keys.properties");

    Map<String, byte[]> first =
        KeyFile.readOrGenerate(file, "test keys", "test.key", List.of("a", "b"));
    Map<String, byte[]> again =
        KeyFile.readOrGenerate(file, "test keys", "test.key", List.of("a", "b"));

    assertThat(first.get("a")).hasSize(32).isEqualTo(again.get("a")).isNotEqualTo(first.get("b"));
    assertThat(first.get("b")).isEqualTo(again.get("b"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void refusesAFileWithoutTheKeyAskedFor() throws Exception {
    Path file = dir.resolve("keys.properties");
    KeyFile.readOrGenerate(file, "test keys", "test.key", List.of("a"));

    assertThatThrownBy(() -> KeyFile.readOrGenerate(file, "test keys", "test.key", List.of("c")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Expected key 'c'");
  }
}
