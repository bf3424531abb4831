package com.huoke.web;

import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web console (the {@code huoke-console} jar's {@code static/}): hashed {@code
 * /assets/**} are cached for a year, and any other GET path that is neither an API call nor a file
 * answers with {@code index.html}, so a reload of {@code /tasks/123} opens the console's own route.
 * Controllers match first; this only sees what no controller claimed.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleRoutes implements WebMvcConfigurer {

  /** Server paths that must 404 rather than fall back to the console. */
  private static final String[] NOT_CONSOLE = {"api/", "actuator/", "forms/", "r/"};

  private final String location;

  /** {@code location}: where the built console is; tests point it at a stand-in. */
  ConsoleRoutes(@Value("${huoke.console.location:classpath:/static/}") String location) {
    this.location = location.endsWith("/") ? location : location + "/";
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(location + "assets/")
        // file names carry a content hash: a new build is a new URL
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    registry
        .addResourceHandler("/**")
        .addResourceLocations(location)
        // index.html names the current hashes, so it is revalidated on every load
        .setCacheControl(CacheControl.noCache())
        .resourceChain(true)
        .addResolver(new ConsoleResolver());
  }

  /** A file that exists, else {@code index.html} for paths that look like console routes. */
  static final class ConsoleResolver extends PathResourceResolver {
    @Override
    protected Resource getResource(String path, Resource location) throws IOException {
      Resource file = super.getResource(path, location);
      if (file != null) {
        return file;
      }
      if (!isConsoleRoute(path)) {
        return null;
      }
      Resource index = location.createRelative("index.html");
      return index.exists() && index.isReadable() ? index : null;
    }

    static boolean isConsoleRoute(String path) {
      for (String prefix : NOT_CONSOLE) {
        if (path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1))) {
          return false;
        }
      }
      String last = path.substring(path.lastIndexOf('/') + 1);
      // a name with an extension is a file that does not exist: 404, not the console
      return !last.contains(".");
    }
  }
}
