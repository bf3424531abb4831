package com.huoke.connectors.inbound;

/**
 * The request is not provably from the platform: signature missing or wrong, timestamp outside the
 * accepted window, token wrong. Answered with 401; nothing is stored.
 */
public final class SignatureRejectedException extends WebhookRejectedException {

  public SignatureRejectedException(String code, String message) {
    super(code, message, null);
  }
}
