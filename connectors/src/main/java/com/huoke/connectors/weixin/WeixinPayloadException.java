package com.huoke.connectors.weixin;

/**
 * A WeChat or WeCom payload that cannot be read: not well-formed XML, a DTD, a field missing or too
 * long, a ciphertext that does not decrypt to a valid frame. The message names the reason and never
 * contains a key or token.
 */
public final class WeixinPayloadException extends RuntimeException {

  public WeixinPayloadException(String message) {
    super(message);
  }

  public WeixinPayloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
