package com.huoke.contact;

/** A contact value that cannot be normalised, e.g. a phone number with letters in it. */
public class InvalidContactException extends RuntimeException {

  private final String field;
  private final String reason;

  public InvalidContactException(String field, String reason) {
    super("Expected a valid " + field + ", but it " + reason);
    this.field = field;
    this.reason = reason;
  }

  /** The input field, e.g. {@code contactPhone} or {@code identities[0].id}. */
  public String field() {
    return field;
  }

  /** What is wrong, without the value itself. */
  public String reason() {
    return reason;
  }
}
