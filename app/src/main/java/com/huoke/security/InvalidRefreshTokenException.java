package com.huoke.security;

/** A refresh token that cannot be exchanged: answered 401, the caller signs in again. */
class InvalidRefreshTokenException extends RuntimeException {

  InvalidRefreshTokenException(String why) {
    super("Expected a valid refresh token, but " + why);
  }
}
