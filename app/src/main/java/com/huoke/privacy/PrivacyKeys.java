package com.huoke.privacy;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The two keys behind {@link PersonalDataCipher} and {@link LookupHash}: from configuration when
 * set (server mode), otherwise from a key file generated on first start, so the embedded mode needs
 * no configuration and still never stores personal data in clear.
 */
record PrivacyKeys(byte[] encryptionKey, byte[] lookupKey) {

  private static final String ENCRYPTION = "encryption-key";
  private static final String LOOKUP = "lookup-key";

  PrivacyKeys {
    if (encryptionKey.length != 32) {
      throw new IllegalStateException(
          "Expected huoke.privacy.encryption-key to be 32 bytes (base64), but it is "
              + encryptionKey.length);
    }
    if (lookupKey.length < 32) {
      throw new IllegalStateException(
          "Expected huoke.privacy.lookup-key to be at least 32 bytes (base64), but it is "
              + lookupKey.length);
    }
  }

  static PrivacyKeys from(PrivacyProperties properties) {
    if (properties.encryptionKey() != null && properties.lookupKey() != null) {
      return new PrivacyKeys(decode(properties.encryptionKey()), decode(properties.lookupKey()));
    }
    if (properties.encryptionKey() != null || properties.lookupKey() != null) {
      throw new IllegalStateException(
          "Expected both huoke.privacy.encryption-key and huoke.privacy.lookup-key, but only one"
              + " is set");
    }
    return fromKeyFile(properties.keyFile());
  }

  private static PrivacyKeys fromKeyFile(Path file) {
    Map<String, byte[]> keys =
        KeyFile.readOrGenerate(
            file,
            "personal-data keys",
            "huoke.privacy.encryption-key and huoke.privacy.lookup-key",
            List.of(ENCRYPTION, LOOKUP));
    return new PrivacyKeys(keys.get(ENCRYPTION), keys.get(LOOKUP));
  }

  private static byte[] decode(String base64) {
    return Base64.getDecoder().decode(base64.trim());
  }
}
