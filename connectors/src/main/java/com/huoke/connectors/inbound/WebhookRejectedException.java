package com.huoke.connectors.inbound;

/**
 * A request a receiver refuses. {@link #code()} is a stable, machine-readable reason (e.g. {@code
 * signature-mismatch}); the message says what was expected and what arrived, never a secret.
 */
public abstract sealed class WebhookRejectedException extends RuntimeException
    permits SignatureRejectedException,
        SourceNotAllowedException,
        UnsupportedContentTypeException,
        UndecodablePayloadException {

  private final String code;

  protected WebhookRejectedException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
