package com.huoke.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * The app's {@code logback-spring.xml}, loaded the way Boot loads it: every line, exceptions
 * included, has mobile numbers and e-mail addresses masked, on the console and in a log file.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogbackMaskingTest {

  static final Logger log = LoggerFactory.getLogger(LogbackMaskingTest.class);

  final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

  /** Back to the console-only configuration the other tests in this JVM log through. */
  @AfterEach
  void reset() {
    initialize(null);
  }

  @Test
  void masksPersonalDataInConsoleLines(CapturedOutput output) {
    initialize(null);

    log.info("Captured lead 13800138000 from wang.fang@example.cn");
    log.warn(
        "Rejected", new IllegalArgumentException("duplicate phone +86 139 1234 5678 li@qq.com"));

    assertThat(output)
        .contains("Captured lead 138****8000 from w***@example.cn")
        .contains("duplicate phone 139****5678 l***@qq.com")
        .contains("LogbackMaskingTest") // Boot's pattern still applies
        .doesNotContain("13800138000", "wang.fang@", "13912345678", "1234 5678");
  }

  @Test
  void masksPersonalDataInTheLogFileWhenOneIsConfigured(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("huoke.log");
    initialize(file);

    log.info("Captured lead 13800138000");

    assertThat(Files.readString(file))
        .contains("Captured lead 138****8000")
        .doesNotContain("13800138000");
  }

  private void initialize(Path file) {
    MockEnvironment environment = new MockEnvironment();
    if (file != null) {
      environment.setProperty("logging.file.name", file.toString());
    }
    logging.cleanUp(); // else Boot sees an initialised context and keeps it
    logging.beforeInitialize();
    logging.initialize(
        new LoggingInitializationContext(environment),
        "classpath:logback-spring.xml",
        LogFile.get(environment));
  }
}
