package com.huoke.customer;

/** A request that conflicts with the current state (409), with a stable {@code code}. */
public class ConflictException extends RuntimeException {

  private final String code;

  public ConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
