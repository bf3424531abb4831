package com.huoke.connectors.inbound;

/**
 * A setting a receiver reads from {@link ChannelCredentials}.
 *
 * @param name the key, e.g. {@code clientSecret}
 * @param required whether a channel without it is rejected when it is configured
 * @param secret whether it is a secret: stored encrypted and never shown back in full
 * @param description what it is and where on the platform to find it
 */
public record CredentialSpec(String name, boolean required, boolean secret, String description) {

  public static CredentialSpec requiredSecret(String name, String description) {
    return new CredentialSpec(name, true, true, description);
  }

  public static CredentialSpec optionalSecret(String name, String description) {
    return new CredentialSpec(name, false, true, description);
  }

  public static CredentialSpec requiredSetting(String name, String description) {
    return new CredentialSpec(name, true, false, description);
  }

  public static CredentialSpec optionalSetting(String name, String description) {
    return new CredentialSpec(name, false, false, description);
  }
}
