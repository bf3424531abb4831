package com.huoke.connectors.inbound;

/** The caller's address is not on the channel's allow-list. Answered with 403. */
public final class SourceNotAllowedException extends WebhookRejectedException {

  public SourceNotAllowedException(String message) {
    super("source-not-allowed", message, null);
  }
}
