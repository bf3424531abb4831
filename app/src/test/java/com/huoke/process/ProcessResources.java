package com.huoke.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The test BPMN and forms of {@code processapi/}, with a process id (and form id) of each test's
 * own: the PostgreSQL database outlives a run and is shared by every test context, so counts and
 * lists stay the test's own.
 */
final class ProcessResources {

  final String processId;
  final String formId;

  private ProcessResources(String name) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    this.processId = name + "-" + suffix;
    this.formId = name + "-form-" + suffix;
  }

  static ProcessResources unique(String name) {
    return new ProcessResources(name);
  }

  /** The {@code {resources: [...]}} body deploying these test files. */
  Map<String, Object> deployment(String... files) {
    return Map.of(
        "resources",
        List.of(files).stream().map(f -> Map.of("name", f, "content", content(f))).toList());
  }

  String content(String file) {
    try (InputStream in = ProcessResources.class.getResourceAsStream("/processapi/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource processapi/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("PROCESS_ID", processId)
          .replace("FORM_ID", formId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
