package com.huoke.security;

/** Wrong user name or password — one message for both, so nobody learns which user names exist. */
class BadCredentialsProblem extends RuntimeException {

  BadCredentialsProblem() {
    super("Expected a known user name and its password, but they do not match");
  }
}
