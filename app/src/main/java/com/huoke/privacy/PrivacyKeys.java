package com.huoke.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two keys behind {@link PersonalDataCipher} and {@link LookupHash}: from configuration when
 * set (server mode), otherwise from a key file generated on first start, so the embedded mode needs
 * no configuration and still never stores personal data in clear.
 */
record PrivacyKeys(byte[] encryptionKey, byte[] lookupKey) {

  private static final Logger log = LoggerFactory.getLogger(PrivacyKeys.class);
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
    try {
      if (!Files.exists(file)) {
        generate(file);
      }
      Properties keys = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        keys.load(in);
      }
      return new PrivacyKeys(
          decode(keys.getProperty(ENCRYPTION, "")), decode(keys.getProperty(LOOKUP, "")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the privacy key file " + file, e);
    }
  }

  private static void generate(Path file) throws IOException {
    SecureRandom random = new SecureRandom();
    Properties keys = new Properties();
    keys.setProperty(ENCRYPTION, randomKey(random));
    keys.setProperty(LOOKUP, randomKey(random));
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      keys.store(out, "HuoKe personal-data keys: back this file up with the database");
    }
    log.warn(
        "Generated personal-data keys in {}. Back it up with the database; set"
            + " huoke.privacy.encryption-key and huoke.privacy.lookup-key in production.",
        file.toAbsolutePath());
  }

  private static String randomKey(SecureRandom random) {
    byte[] key = new byte[32];
    random.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static byte[] decode(String base64) {
    return Base64.getDecoder().decode(base64.trim());
  }
}
