package com.huoke.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.ResponseCookie;

/**
 * The refresh token as the console keeps it: an HttpOnly cookie (no script can read it),
 * SameSite=Strict (no other site can make the browser send it) and sent only to {@code
 * /api/v1/auth}. Secure whenever the request came over HTTPS (behind a proxy: with {@code
 * server.forward-headers-strategy}).
 */
final class RefreshCookie {

  static final String NAME = "huoke_refresh";
  static final String PATH = "/api/v1/auth";

  private RefreshCookie() {}

  static String issue(String refreshToken, Duration ttl, HttpServletRequest request) {
    return cookie(refreshToken, ttl, request);
  }

  /** Tells the browser to forget the cookie. */
  static String clear(HttpServletRequest request) {
    return cookie("", Duration.ZERO, request);
  }

  private static String cookie(String value, Duration maxAge, HttpServletRequest request) {
    return ResponseCookie.from(NAME, value)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Strict")
        .path(PATH)
        .maxAge(maxAge)
        .build()
        .toString();
  }
}
