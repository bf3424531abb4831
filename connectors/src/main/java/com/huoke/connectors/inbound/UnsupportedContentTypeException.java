package com.huoke.connectors.inbound;

/** The body is not of the media type the platform sends. Answered with 415. */
public final class UnsupportedContentTypeException extends WebhookRejectedException {

  public UnsupportedContentTypeException(String expected, String actual) {
    super(
        "unsupported-content-type",
        "Expected a body of type " + expected + ", but got " + actual,
        null);
  }
}
