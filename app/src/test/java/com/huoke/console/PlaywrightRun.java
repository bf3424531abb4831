package com.huoke.console;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code npx playwright test} in {@code console/} against an app on localhost, with Debian's
 * Chromium ({@code /usr/bin/chromium}, or {@code HUOKE_CHROMIUM}). Fails, rather than skips, when
 * the browser or the console's node_modules are missing: the browser tests are part of the build.
 */
final class PlaywrightRun {

  /** The console module, beside this one (tests run in {@code app/}). */
  static final Path CONSOLE = Path.of("..", "console").toAbsolutePath().normalize();

  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots").toAbsolutePath();
  static final Path OUTPUT = Path.of("target", "playwright").toAbsolutePath();
  static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final Path chromium;
  private final List<String> arguments;

  private PlaywrightRun(Path chromium, List<String> arguments) {
    this.chromium = chromium;
    this.arguments = arguments;
  }

  /** The scenario of {@code console/e2e/}, checked to be runnable here. */
  static PlaywrightRun prepare() {
    return prepare(List.of());
  }

  /** {@code playwright test} with further arguments, e.g. a config file. */
  static PlaywrightRun prepare(List<String> arguments) {
    String configured = System.getenv("HUOKE_CHROMIUM");
    Path chromium =
        Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    if (!Files.isExecutable(chromium)) {
      fail(
          "The console's browser tests need Debian's Chromium at %s, which is missing: install it"
              + " with `sudo apt-get install chromium fonts-wqy-microhei` (CI's .ci/run does), or"
              + " point HUOKE_CHROMIUM at a Chromium binary. Playwright never downloads a browser"
              + " here.",
          chromium);
    }
    if (!Files.isDirectory(CONSOLE.resolve("node_modules/@playwright/test"))) {
      fail(
          "No %s: the console module's build runs `npm ci` before the app's tests; build it once"
              + " (`./mvnw -pl app -am test-compile`, or `npm ci` in console/) before running the"
              + " app's tests alone.",
          CONSOLE.resolve("node_modules/@playwright/test"));
    }
    return new PlaywrightRun(chromium, arguments);
  }

  /** Runs the tests against {@code http://localhost:<port>}; answers the exit code and output. */
  Result against(int port, Map<String, String> environment)
      throws IOException, InterruptedException {
    deleteRecursively(SCREENSHOTS);
    Files.createDirectories(OUTPUT);
    List<String> command =
        Stream.concat(Stream.of("npx", "--no-install", "playwright", "test"), arguments.stream())
            .toList();
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(CONSOLE.toFile()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    env.put("HUOKE_BASE_URL", "http://localhost:" + port);
    env.put("HUOKE_CHROMIUM", chromium.toString());
    env.put("HUOKE_SCREENSHOTS", SCREENSHOTS.toString());
    env.put("HUOKE_E2E_OUTPUT", OUTPUT.resolve("results").toString());
    env.put("FORCE_COLOR", "0");
    env.putAll(environment);

    Process process = builder.start();
    StringBuilder output = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  System.out.println("[playwright] " + line);
                  synchronized (output) {
                    output.append(line).append('\n');
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "playwright-output");
    reader.setDaemon(true);
    reader.start();
    if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      reader.join(Duration.ofSeconds(5).toMillis());
      fail("npx playwright test did not finish within %s; its output:%n%s", TIMEOUT, output);
    }
    reader.join(Duration.ofSeconds(5).toMillis());
    String text;
    synchronized (output) {
      text = output.toString();
    }
    Files.writeString(OUTPUT.resolve("output.log"), text);
    return new Result(process.exitValue(), text);
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  record Result(int exitCode, String output) {}
}
