package com.huoke.security;

/** The answer to sign-in and refresh (CONSOLE-API.md). */
record TokenResponse(
    String accessToken, String tokenType, long expiresIn, String refreshToken, UserView user) {

  static TokenResponse of(Session session) {
    return new TokenResponse(
        session.accessToken().value(),
        "Bearer",
        session.accessToken().expiresIn(),
        session.refreshToken(),
        session.user());
  }
}
