package com.huoke.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A properties file of named random keys (base64 of 32 bytes each), generated on first start. It is
 * how HuoKe runs with no configuration and still keeps its secrets secret: the personal-data keys
 * ({@link PrivacyKeys}) and the token-signing key of sign-in live in such files unless the
 * configuration names them. Back the files up with the database: without them, what the keys
 * protect cannot be read (or verified) again.
 */
public final class KeyFile {

  private static final Logger log = LoggerFactory.getLogger(KeyFile.class);
  private static final int KEY_BYTES = 32;

  private KeyFile() {}

  /**
   * The keys {@code names} from {@code file}, which is created with fresh random keys when it does
   * not exist yet.
   *
   * @param what what the keys are, for the file's comment and the log ("personal-data keys")
   * @param configureInstead the properties that replace the file, for the warning logged when it is
   *     generated
   * @throws IllegalStateException when an existing file lacks one of the keys
   */
  public static Map<String, byte[]> readOrGenerate(
      Path file, String what, String configureInstead, List<String> names) {
    try {
      if (!Files.exists(file)) {
        generate(file, what, configureInstead, names);
      }
      Properties stored = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        stored.load(in);
      }
      Map<String, byte[]> keys = new LinkedHashMap<>();
      for (String name : names) {
        String value = stored.getProperty(name);
        if (value == null || value.isBlank()) {
          throw new IllegalStateException(
              "Expected key '%s' in %s, but it has none".formatted(name, file.toAbsolutePath()));
        }
        keys.put(name, Base64.getDecoder().decode(value.trim()));
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the key file " + file, e);
    }
  }

  private static void generate(Path file, String what, String configureInstead, List<String> names)
      throws IOException {
    SecureRandom random = new SecureRandom();
    Properties keys = new Properties();
    for (String name : names) {
      byte[] key = new byte[KEY_BYTES];
      random.nextBytes(key);
      keys.setProperty(name, Base64.getEncoder().encodeToString(key));
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      ownerOnly(file);
      keys.store(out, "HuoKe " + what + ": back this file up with the database");
    } catch (FileAlreadyExistsException anotherNodeWasFaster) {
      // two nodes sharing ./data started at once: the other one's keys are the keys
      return;
    }
    log.warn(
        "Generated {} in {}. Back it up with the database; set {} in production.",
        what,
        file.toAbsolutePath(),
        configureInstead);
  }

  /** Secrets are nobody else's business; file systems without POSIX permissions keep theirs. */
  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // e.g. Windows: the directory's ACL applies
    }
  }
}
