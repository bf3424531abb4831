package com.huoke.security;

/** The change would clash with other users: a taken user name, or no admin left. 409. */
class UserConflictException extends RuntimeException {

  private final String code;

  private UserConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  static UserConflictException usernameTaken(String username) {
    return new UserConflictException(
        "username_taken",
        "Expected a new user name, but '%s' is already taken".formatted(username));
  }

  static UserConflictException lastAdmin() {
    return new UserConflictException(
        "last_admin",
        "Expected another enabled admin to remain, but this is the last one: make someone else"
            + " admin first");
  }

  String code() {
    return code;
  }
}
