package com.huoke.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/auth}: sign in, refresh, sign out, and who am I. The refresh token comes back in
 * the body (API clients) and as the {@link RefreshCookie} (the console, which keeps the access
 * token in memory only).
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

  private final SignIn signIn;
  private final UserAccounts users;

  AuthController(SignIn signIn, UserAccounts users) {
    this.signIn = signIn;
    this.users = users;
  }

  @PostMapping("/login")
  ResponseEntity<TokenResponse> login(
      @Valid @RequestBody LoginRequest body, HttpServletRequest request) {
    return issued(signIn.login(body.username(), body.password(), request.getRemoteAddr()), request);
  }

  @PostMapping("/refresh")
  ResponseEntity<TokenResponse> refresh(
      @RequestBody(required = false) RefreshRequest body,
      @CookieValue(name = RefreshCookie.NAME, required = false) String cookie,
      HttpServletRequest request) {
    return issued(signIn.refresh(tokenOf(body, cookie)), request);
  }

  @PostMapping("/logout")
  ResponseEntity<Void> logout(
      @RequestBody(required = false) RefreshRequest body,
      @CookieValue(name = RefreshCookie.NAME, required = false) String cookie,
      HttpServletRequest request) {
    signIn.logout(tokenOf(body, cookie));
    return ResponseEntity.noContent()
        .header(HttpHeaders.SET_COOKIE, RefreshCookie.clear(request))
        .build();
  }

  @GetMapping("/me")
  UserView me(Authentication caller) {
    return users.findByUsername(caller.getName());
  }

  private static ResponseEntity<TokenResponse> issued(Session session, HttpServletRequest request) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.SET_COOKIE,
            RefreshCookie.issue(session.refreshToken(), session.refreshTtl(), request))
        // tokens are nobody's to keep: not a proxy's, not the browser's cache
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(TokenResponse.of(session));
  }

  /** The body's token wins over the cookie's: an API client means the one it sends. */
  private static String tokenOf(RefreshRequest body, String cookie) {
    return body != null && body.refreshToken() != null && !body.refreshToken().isBlank()
        ? body.refreshToken()
        : cookie;
  }
}
