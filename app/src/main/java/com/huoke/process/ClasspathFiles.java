package com.huoke.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Files the app ships on its classpath ({@code processes/} and {@code forms/} of the repository,
 * see the app's pom), by file name in name order; where two roots hold a name, the first wins.
 */
final class ClasspathFiles {

  private static final ResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

  private ClasspathFiles() {}

  static Map<String, byte[]> read(String pattern) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      Arrays.stream(RESOLVER.getResources("classpath*:" + pattern))
          .filter(Resource::isReadable)
          .sorted(Comparator.comparing(Resource::getFilename))
          .forEach(resource -> files.putIfAbsent(resource.getFilename(), bytes(resource)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern + " on the classpath", e);
    }
    return files;
  }

  private static byte[] bytes(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
    }
  }
}
