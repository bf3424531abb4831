package com.huoke.channel;

/** A body over {@code huoke.channels.max-body-bytes}: answered 413, nothing is stored. */
class PayloadTooLargeException extends RuntimeException {

  static final String CODE = "payload-too-large";

  PayloadTooLargeException(long limit, String actual) {
    super("Expected a body of at most %d bytes, but it %s".formatted(limit, actual));
  }
}
