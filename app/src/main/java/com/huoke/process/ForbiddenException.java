package com.huoke.process;

/** The caller is signed in but may not do this: answered 403. */
class ForbiddenException extends RuntimeException {

  ForbiddenException(String message) {
    super(message);
  }
}
