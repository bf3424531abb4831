package com.huoke.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API endpoints anyone may call, because something else proves who calls: sign-in (the
 * password), refresh and sign-out (the refresh token), channel webhooks (the platforms'
 * signatures), the public web-form endpoint (its channel's settings).
 */
final class PublicEndpoints {

  static final RequestMatcher API =
      new OrRequestMatcher(
          post("/api/v1/auth/login"),
          post("/api/v1/auth/refresh"),
          post("/api/v1/auth/logout"),
          path(HttpMethod.GET, "/api/v1/channels/*/webhook"),
          post("/api/v1/channels/*/webhook"),
          post("/api/v1/forms/*"),
          // the browser's CORS preflight of a form posted from another site
          path(HttpMethod.OPTIONS, "/api/v1/forms/*"));

  private PublicEndpoints() {}

  /**
   * Reads {@code Authorization: Bearer} everywhere but on public endpoints: a stale token the
   * console still holds must not turn its sign-in or refresh into a 401, nor a platform's own
   * header a webhook.
   */
  static BearerTokenResolver bearerTokens() {
    DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
    return request -> API.matches(request) ? null : resolver.resolve(request);
  }

  private static RequestMatcher post(String pattern) {
    return path(HttpMethod.POST, pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }
}
